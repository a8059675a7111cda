// Canonical name or alias, case-insensitive. nameKey is indexed; aliases are found through
// the full-text index (a phrase query) and then checked exactly against aliasKeys.
CALL {
  MATCH (a:Actor {nameKey: $key})
  RETURN a
  UNION
  CALL db.index.fulltext.queryNodes('actor_names', $phrase) YIELD node AS a
  WITH a WHERE $key IN a.aliasKeys
  RETURN a
}
RETURN a.id AS id
ORDER BY a.id

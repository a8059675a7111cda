// Actors that might be meant by each mention: a full-text match on any of its words, with
// every name they go by, for the exact matcher in src/extract/name-match.ts to decide.
UNWIND $mentions AS mention
CALL (mention) {
  CALL db.index.fulltext.queryNodes('actor_names', mention.terms, {limit: 25}) YIELD node AS a
  RETURN a.id AS id, [a.name] + coalesce(a.aliases, []) AS names, a.kind AS kind
}
RETURN mention.key AS key, id, names, kind

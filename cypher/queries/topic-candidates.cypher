// Topics an article may be about: a full-text look-up of each subject's words over topic
// names and aliases; src/link/topics.ts keeps those the text names in full.
UNWIND $queries AS query
CALL (query) {
  CALL db.index.fulltext.queryNodes('topic_names', query.terms, {limit: 5}) YIELD node AS t
  RETURN t.id AS id, t.name AS name, coalesce(t.aliases, []) AS aliases
}
RETURN query.key AS key, id, name, aliases

// One ranked list over the four full-text indexes. Lucene scores of different indexes are
// not strictly comparable; they are close enough to interleave hits sensibly.
CALL {
  CALL db.index.fulltext.queryNodes('statement_text', $terms, {limit: $limit}) YIELD node, score
  RETURN 'statement' AS kind, node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $terms, {limit: $limit}) YIELD node, score
  RETURN 'claim' AS kind, node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('actor_names', $terms, {limit: $limit}) YIELD node, score
  RETURN 'actor' AS kind, node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('source_titles', $terms, {limit: $limit}) YIELD node, score
  RETURN 'source' AS kind, node.id AS id, score
}
RETURN kind, id, score
ORDER BY score DESC, kind, id
LIMIT $limit

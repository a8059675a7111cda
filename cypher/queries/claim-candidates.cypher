// Claims each statement being linked may express: a full-text look-up of the statement's
// words (Lucene proposes, src/link/claim-match.ts decides), with a few of each claim's
// statements to compare against, and whether the statement's speaker already says it.
UNWIND $queries AS query
CALL (query) {
  CALL db.index.fulltext.queryNodes('claim_text', query.terms, {limit: $perQuery}) YIELD node
  RETURN node AS claim
}
CALL (claim) {
  OPTIONAL MATCH (claim)<-[:EXPRESSES]-(s:Statement)
  WITH s LIMIT 3
  RETURN collect(s.text) AS texts
}
RETURN query.key AS key, claim.id AS id, claim.text AS text, texts,
       EXISTS { (:Actor {id: query.speakerId})<-[:SAID_BY]-(:Statement)-[:EXPRESSES]->(claim) } AS bySpeaker

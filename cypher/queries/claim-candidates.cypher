// Claims each statement being linked may express: a full-text look-up of the statement's
// words (Lucene proposes, src/link/claim-match.ts decides), with a few of each claim's
// statements to compare against, and whether the statement's speaker already says it. Only
// linked statements (and curated ones) are evidence: a statement ingested before the linker
// existed sits on a claim of its own words until `npm run link` moves it, so a claim only
// such statements express is no candidate.
UNWIND $queries AS query
CALL (query) {
  CALL db.index.fulltext.queryNodes('claim_text', query.terms, {limit: $perQuery}) YIELD node
  RETURN node AS claim
}
CALL (claim) {
  OPTIONAL MATCH (claim)<-[:EXPRESSES]-(s:Statement)
  WHERE s.claimMethod IS NOT NULL OR s.speakerMethod IS NULL
  WITH s
  LIMIT 3
  RETURN collect(s.text) AS texts
}
WITH query, claim, texts
WHERE size(texts) > 0 OR NOT EXISTS { (claim)<-[:EXPRESSES]-(:Statement) }
RETURN query.key AS key, claim.id AS id, claim.text AS text, texts,
       EXISTS { (:Actor {id: query.speakerId})<-[:SAID_BY]-(s:Statement)-[:EXPRESSES]->(claim) WHERE s.claimMethod IS NOT NULL OR s.speakerMethod IS NULL } AS bySpeaker

// Claims each statement being linked may express: a full-text look-up of the statement's
// words (Lucene proposes, src/link/claim-match.ts decides), with a few of each claim's
// statements to compare against, and whether the statement's speaker already says it. Only
// linked statements (and curated ones) are evidence: a statement ingested before the linker
// existed sits on a claim of its own words until `npm run link` moves it, so a claim only
// such statements express is no candidate.
UNWIND $queries AS query
OPTIONAL MATCH (speaker:Actor {id: query.speakerId})
WITH query, speaker, COUNT { (speaker)<-[:SAID_BY]-() } AS speakerDegree
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
WITH query, speaker, speakerDegree, claim, texts
WHERE size(texts) > 0 OR NOT EXISTS { (claim)<-[:EXPRESSES]-(:Statement) }
// Whether the speaker already says it, walked from whichever side has fewer statements (the
// WITH inside each branch fixes where the walk starts): a claim a thousand outlets carry is
// not walked for a speaker quoted twice, nor a speaker quoted a thousand times for a claim
// made once. OPTIONAL: a speaker the graph does not know yet keeps the candidate. No label on
// `s` (only statements have these relationships): with one, the planner may scan them all. The
// far end is compared after the walk rather than joined into it: a check between two bound
// nodes reads a dense actor's relationship groups for every statement.
WITH query, claim, texts, speaker, speakerDegree, COUNT { (claim)<-[:EXPRESSES]-() } AS claimDegree
OPTIONAL CALL (claim, speaker, claimDegree, speakerDegree) {
  WITH claim, speaker
  WHERE speaker IS NOT NULL AND claimDegree <= speakerDegree
  MATCH (claim)<-[:EXPRESSES]-(s)-[:SAID_BY]->(said)
  WITH s, said, speaker
  WHERE said = speaker AND (s.claimMethod IS NOT NULL OR s.speakerMethod IS NULL)
  RETURN s
  LIMIT 1
UNION
  WITH claim, speaker
  WHERE speaker IS NOT NULL AND claimDegree > speakerDegree
  MATCH (speaker)<-[:SAID_BY]-(s)-[:EXPRESSES]->(expressed)
  WITH s, expressed, claim
  WHERE expressed = claim AND (s.claimMethod IS NOT NULL OR s.speakerMethod IS NULL)
  RETURN s
  LIMIT 1
}
RETURN query.key AS key, claim.id AS id, claim.text AS text, texts, count(s) > 0 AS bySpeaker

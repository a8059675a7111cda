// Bulk load: create-only statements with speaker, publication, claim and intermediaries
// (hop 1 = nearest the speaker). Every target exists already; `at` is derived by the write
// model (src/domain/write-model.ts), as in
// write-statements.cypher.
UNWIND $rows AS row
MATCH (speaker:Actor {id: row.speakerId})
MATCH (publication:Source {id: row.sourceId})
CREATE (s:Statement {id: row.id, text: row.text, direct: row.direct, cue: row.cue, audience: row.audience,
                     saidAt: row.saidAt, startOffset: row.startOffset, endOffset: row.endOffset,
                     confidence: row.confidence, speakerMethod: row.speakerMethod,
                     speakerConfidence: row.speakerConfidence, claimMethod: row.claimMethod,
                     claimScore: row.claimScore,
                     at: coalesce(row.saidAt, publication.publishedAt, date())})
CREATE (s)-[:SAID_BY]->(speaker)
CREATE (s)-[:REPORTED_IN]->(publication)
WITH s, row
CALL (s, row) {
  MATCH (claim:Claim {id: row.claimId})
  CREATE (s)-[:EXPRESSES]->(claim)
}
WITH s, row
UNWIND range(0, size(row.viaIds) - 1) AS hop
MATCH (intermediary:Source {id: row.viaIds[hop]})
CREATE (s)-[:VIA {hop: hop + 1}]->(intermediary)

// Each statement with its speaker, publication, intermediaries (hop 1 = nearest the speaker)
// and claim. Relationships are replaced, so a corrected row rewrites the links.
UNWIND $rows AS row
MATCH (speaker:Actor {id: row.speakerId})
MATCH (publication:Source {id: row.sourceId})
MERGE (s:Statement {id: row.id})
SET s.text = row.text, s.direct = row.direct, s.cue = row.cue, s.audience = row.audience,
    s.saidAt = row.saidAt, s.startOffset = row.startOffset, s.endOffset = row.endOffset,
    s.confidence = row.confidence, s.speakerMethod = row.speakerMethod,
    s.speakerConfidence = row.speakerConfidence, s.claimMethod = row.claimMethod,
    s.claimScore = row.claimScore,
    s.at = coalesce(row.saidAt, publication.publishedAt, date())
WITH s, row, speaker, publication
CALL (s) {
  OPTIONAL MATCH (s)-[old:SAID_BY|REPORTED_IN|VIA|EXPRESSES]->()
  DELETE old
}
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

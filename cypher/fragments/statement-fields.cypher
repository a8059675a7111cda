// Expects `s` bound to a :Statement; yields the map that src/repo/mappers.ts#toStatement reads.
// Related ids come along so nested fields resolve through id loaders, one batch per level.
s {
  .id, .text, .direct, .cue, .audience, .saidAt, .startOffset, .endOffset, .confidence,
  .speakerMethod, .speakerConfidence, .claimMethod, .claimScore,
  at: toString(s.at),
  speakerId: COLLECT { MATCH (s)-[:SAID_BY]->(speaker:Actor) RETURN speaker.id }[0],
  sourceId: COLLECT { MATCH (s)-[:REPORTED_IN]->(publication:Source) RETURN publication.id }[0],
  claimId: COLLECT { MATCH (s)-[:EXPRESSES]->(claim:Claim) RETURN claim.id }[0],
  viaIds: COLLECT { MATCH (s)-[v:VIA]->(intermediary:Source) RETURN intermediary.id ORDER BY v.hop }
}

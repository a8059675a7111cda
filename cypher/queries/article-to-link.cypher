// One stored article as the linker reads it: its words and its unlinked ingested
// statements, each with its speaker (and the organisation an anonymous one speaks for).
MATCH (src:Source {id: $sourceId})
OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(outlet:Actor)
CALL (src) {
  MATCH (s:Statement)-[:REPORTED_IN]->(src)
  WHERE s.claimMethod IS NULL AND s.speakerMethod IS NOT NULL
  MATCH (s)-[:SAID_BY]->(speaker:Actor)
  WITH s, speaker, COLLECT { MATCH (speaker)-[:AFFILIATED_WITH]->(org:Actor) RETURN org {.id, .name} }[0] AS org
  ORDER BY s.startOffset, s.id
  RETURN collect({
    id: s.id, text: s.text, direct: s.direct, cue: s.cue, at: toString(s.at),
    speakerId: speaker.id, speakerName: speaker.name, speakerKind: speaker.kind,
    speakerAliases: coalesce(speaker.aliases, []), organisation: org
  }) AS statements
}
RETURN src.id AS id, src.title AS title, src.text AS text, toString(src.publishedAt) AS publishedAt,
       outlet.name AS outlet, statements

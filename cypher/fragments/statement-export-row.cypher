// Expects `s` bound to a :Statement; yields the flat record every export format is written
// from (src/store/repo/export-rows.ts#toExportRow): the statement with its speaker, its
// publication and outlet, its intermediaries nearest the speaker first, its claim and topics.
{
  id: s.id, text: s.text, direct: s.direct, cue: s.cue, saidAt: s.saidAt, at: s.at,
  speaker: COLLECT { MATCH (s)-[:SAID_BY]->(a:Actor) RETURN a {.id, .name, .kind} }[0],
  source: COLLECT {
    MATCH (s)-[:REPORTED_IN]->(src:Source)
    RETURN src {.id, .kind, .title, .url, .publishedAt,
      outlet: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(o:Actor) RETURN o {.id, .name} }[0]}
  }[0],
  via: COLLECT {
    MATCH (s)-[v:VIA]->(src:Source)
    WITH v, src ORDER BY v.hop
    RETURN src {.id, .kind, .publishedAt,
      outlet: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(o:Actor) RETURN o {.id, .name} }[0]}
  },
  claim: COLLECT {
    MATCH (s)-[:EXPRESSES]->(c:Claim)
    RETURN c {.id, .text, topics: COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) RETURN t.name ORDER BY t.name }}
  }[0]
}

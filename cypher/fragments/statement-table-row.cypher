// Expects `s` bound to a :Statement; the part of statement-export-row.cypher a table needs
// (statements.csv): no derivations, claim relations or stances, which only the linked-data
// formats write.
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
    RETURN src {.id, .kind, outlet: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(o:Actor) RETURN o {.id, .name} }[0]}
  },
  claim: COLLECT {
    MATCH (s)-[:EXPRESSES]->(c:Claim)
    RETURN c {.id, .text, topics: COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) RETURN t {.id, .name} ORDER BY t.name }}
  }[0]
}

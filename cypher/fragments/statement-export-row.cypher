// Expects `s` bound to a :Statement; yields the flat record every export format is written
// from (src/store/repo/export-rows.ts#toExportRow): the statement with its speaker, its
// publication and outlet, its intermediaries nearest the speaker first, its claim and topics;
// for the linked-data formats also the publication's derivations, the claim's relations (those
// it makes) and the stances the statement is evidence of.
{
  id: s.id, text: s.text, direct: s.direct, cue: s.cue, saidAt: s.saidAt, at: s.at,
  speaker: COLLECT { MATCH (s)-[:SAID_BY]->(a:Actor) RETURN a {.id, .name, .kind} }[0],
  source: COLLECT {
    MATCH (s)-[:REPORTED_IN]->(src:Source)
    RETURN src {.id, .kind, .title, .url, .publishedAt, .author,
      outlet: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(o:Actor) RETURN o {.id, .name} }[0],
      derivedFrom: COLLECT { MATCH (src)-[d:DERIVED_FROM]->(o:Source) RETURN {id: o.id, relation: d.relation} }}
  }[0],
  via: COLLECT {
    MATCH (s)-[v:VIA]->(src:Source)
    WITH v, src ORDER BY v.hop
    RETURN src {.id, .kind, .publishedAt,
      outlet: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(o:Actor) RETURN o {.id, .name} }[0]}
  },
  claim: COLLECT {
    MATCH (s)-[:EXPRESSES]->(c:Claim)
    RETURN c {.id, .text,
      topics: COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) RETURN t {.id, .name} ORDER BY t.name },
      relations: COLLECT { MATCH (c)-[r:CONTRADICTS|DENIES|SUPPORTS]->(o:Claim) RETURN {relation: type(r), id: o.id} }}
  }[0],
  stances: COLLECT {
    MATCH (holder:Actor)-[:HOLDS]->(st:Stance)-[:EVIDENCED_BY]->(s)
    MATCH (st)-[:TOWARD]->(about)
    RETURN st {.id, .polarity, .since, .until, holderId: holder.id, aboutId: about.id}
  }
}

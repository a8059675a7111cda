// Everything a provenance trace shows, in one round trip: the speaker, the intermediaries
// by hop, the publication, and the outlet of each (PUBLISHED_BY read once per source).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  MATCH (s)-[:SAID_BY]->(a:Actor)
  RETURN {{actor-fields}} AS speaker
}
CALL (s) {
  MATCH (s)-[v:VIA]->(src:Source)
  WITH src ORDER BY v.hop
  RETURN collect({{source-with-outlet}}) AS intermediaries
}
CALL (s) {
  MATCH (s)-[:REPORTED_IN]->(src:Source)
  RETURN {{source-with-outlet}} AS publication,
         COLLECT { MATCH (src)-[d:DERIVED_FROM]->(:Source)<-[:VIA]-(s) RETURN d.relation }[0] AS publicationRelation
}
RETURN id AS key, s.cue AS cue, speaker, intermediaries, publication, publicationRelation

// Everything a provenance trace shows, in one round trip: the speaker, the intermediaries
// by hop, the publication, and the outlets behind them.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  MATCH (s)-[:SAID_BY]->(a:Actor)
  RETURN {{actor-fields}} AS speaker
}
CALL (s) {
  OPTIONAL MATCH (s)-[v:VIA]->(src:Source)
  WITH src, v ORDER BY v.hop
  RETURN collect({{source-fields}}) AS intermediaries
}
CALL (s) {
  MATCH (s)-[:REPORTED_IN]->(src:Source)
  RETURN {{source-fields}} AS publication,
         COLLECT { MATCH (src)-[d:DERIVED_FROM]->(:Source)<-[:VIA]-(s) RETURN d.relation }[0] AS publicationRelation
}
CALL (s) {
  OPTIONAL MATCH (s)-[:VIA|REPORTED_IN]->(:Source)-[:PUBLISHED_BY]->(a:Actor)
  WITH DISTINCT a
  RETURN collect({{actor-fields}}) AS outlets
}
RETURN id AS key, s.cue AS cue, speaker, intermediaries, publication, publicationRelation, outlets

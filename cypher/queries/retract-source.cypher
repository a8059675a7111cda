// Removes a source with what only it carries: its statements; the claims no other statement
// expresses; the intermediaries no other statement passes through or is published in; the
// stances whose every piece of evidence goes with it. Shared claims, intermediaries and
// stances stay (a stance loses only the evidence removed); actors and topics always stay.
// Returns the ids removed, for the audit trail.
MATCH (src:Source {id: $sourceId})
OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(src)
WITH src, collect(s) AS statements
CALL (statements) {
  UNWIND statements AS s
  MATCH (s)-[:EXPRESSES]->(c:Claim)
  WITH DISTINCT c, statements
  WHERE NOT EXISTS { (c)<-[:EXPRESSES]-(other:Statement) WHERE NOT other IN statements }
  RETURN collect(c) AS claims
}
CALL (statements, src) {
  UNWIND statements AS s
  MATCH (s)-[:VIA]->(via:Source)
  WITH DISTINCT via, statements, src
  WHERE via <> src
    AND NOT EXISTS { (via)<-[:VIA|REPORTED_IN]-(other:Statement) WHERE NOT other IN statements }
  RETURN collect(via) AS intermediaries
}
CALL (statements) {
  UNWIND statements AS s
  MATCH (st:Stance)-[:EVIDENCED_BY]->(s)
  WITH DISTINCT st, statements
  WHERE NOT EXISTS { (st)-[:EVIDENCED_BY]->(other:Statement) WHERE NOT other IN statements }
  RETURN collect(st) AS stances
}
WITH src, statements, claims, intermediaries, stances,
     [s IN statements | s.id] AS statementIds, [c IN claims | c.id] AS claimIds,
     [v IN intermediaries | v.id] AS intermediaryIds, [st IN stances | st.id] AS stanceIds
FOREACH (node IN statements + claims + intermediaries + stances | DETACH DELETE node)
DETACH DELETE src
RETURN statementIds, claimIds, intermediaryIds, stanceIds

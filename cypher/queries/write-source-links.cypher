// Outlet and derivations, replaced; runs after every source of the batch exists.
UNWIND $rows AS row
MATCH (src:Source {id: row.id})
CALL (src) {
  OPTIONAL MATCH (src)-[old:PUBLISHED_BY|DERIVED_FROM]->()
  DELETE old
}
WITH src, row
CALL (src, row) {
  MATCH (outlet:Actor {id: row.outletId})
  CREATE (src)-[:PUBLISHED_BY]->(outlet)
}
WITH src, row
UNWIND row.derivedFrom AS derivation
MATCH (origin:Source {id: derivation.sourceId})
CREATE (src)-[:DERIVED_FROM {relation: derivation.relation}]->(origin)

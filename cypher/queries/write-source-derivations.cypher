// Each source's derivations (QUOTES, CITES, SYNDICATES), replaced.
UNWIND $rows AS row
MATCH (src:Source {id: row.id})
CALL (src) {
  OPTIONAL MATCH (src)-[old:DERIVED_FROM]->()
  DELETE old
}
WITH src, row
UNWIND row.derivedFrom AS derivation
MATCH (origin:Source {id: derivation.sourceId})
CREATE (src)-[:DERIVED_FROM {relation: derivation.relation}]->(origin)

// Adds the given derivations to each listed source, keeping the stored ones.
UNWIND $rows AS row
MATCH (src:Source {id: row.id})
WITH src, row
UNWIND row.derivedFrom AS derivation
MATCH (origin:Source {id: derivation.sourceId})
MERGE (src)-[:DERIVED_FROM {relation: derivation.relation}]->(origin)

// Bulk load: one row per derivation, after every source of the phase exists.
UNWIND $rows AS row
MATCH (src:Source {id: row.sourceId})
MATCH (origin:Source {id: row.originId})
CREATE (src)-[:DERIVED_FROM {relation: row.relation}]->(origin)

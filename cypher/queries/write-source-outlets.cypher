// Each source's outlet, replaced; runs after every source of the batch exists.
UNWIND $rows AS row
MATCH (src:Source {id: row.id})
CALL (src) {
  OPTIONAL MATCH (src)-[old:PUBLISHED_BY]->()
  DELETE old
}
WITH src, row
MATCH (outlet:Actor {id: row.outletId})
CREATE (src)-[:PUBLISHED_BY]->(outlet)

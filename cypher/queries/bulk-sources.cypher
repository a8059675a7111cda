// Bulk load: create-only sources and their outlet (actors are loaded before sources).
// Derivations point at other sources and follow in bulk-source-derivations.
UNWIND $rows AS row
CREATE (src:Source {id: row.id, kind: row.kind, title: row.title, url: row.url, author: row.author,
                    publishedAt: row.publishedAt, contentHash: row.contentHash, text: row.text,
                    bodyPrint: row.bodyPrint})
WITH src, row
WHERE row.outletId IS NOT NULL
MATCH (outlet:Actor {id: row.outletId})
CREATE (src)-[:PUBLISHED_BY]->(outlet)

// Bulk load: claim relations, created (not merged): the loader assumes an empty graph.
UNWIND $rows AS row
MATCH (from:Claim {id: row.fromClaimId})
MATCH (to:Claim {id: row.toClaimId})
FOREACH (_ IN CASE row.relation WHEN 'CONTRADICTS' THEN [1] ELSE [] END | CREATE (from)-[:CONTRADICTS]->(to))
FOREACH (_ IN CASE row.relation WHEN 'DENIES' THEN [1] ELSE [] END | CREATE (from)-[:DENIES]->(to))
FOREACH (_ IN CASE row.relation WHEN 'SUPPORTS' THEN [1] ELSE [] END | CREATE (from)-[:SUPPORTS]->(to))

// One relationship type per relation; MERGE keeps repeated links single.
UNWIND $rows AS row
MATCH (from:Claim {id: row.fromClaimId}), (to:Claim {id: row.toClaimId})
FOREACH (_ IN CASE row.relation WHEN 'CONTRADICTS' THEN [1] ELSE [] END | MERGE (from)-[:CONTRADICTS]->(to))
FOREACH (_ IN CASE row.relation WHEN 'DENIES' THEN [1] ELSE [] END | MERGE (from)-[:DENIES]->(to))
FOREACH (_ IN CASE row.relation WHEN 'SUPPORTS' THEN [1] ELSE [] END | MERGE (from)-[:SUPPORTS]->(to))

// Moves re-linked statements onto the claims the linker chose (a new claim is created with
// its text) and records how; a claim left with no statement, no relation and no review is
// removed, since it only ever stood for these words.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MERGE (c:Claim {id: row.claimId})
ON CREATE SET c.text = row.text
SET s.claimMethod = row.method, s.claimScore = row.score
WITH s, c
OPTIONAL MATCH (s)-[old:EXPRESSES]->(previous:Claim)
WHERE previous <> c
DELETE old
MERGE (s)-[:EXPRESSES]->(c)
WITH DISTINCT previous
WHERE previous IS NOT NULL
  AND NOT EXISTS { (previous)<-[:EXPRESSES]-(:Statement) }
  AND NOT EXISTS { (previous)-[:CONTRADICTS|DENIES|SUPPORTS]-(:Claim) }
  AND NOT EXISTS { (previous)<-[:REVIEWS]-() }
DETACH DELETE previous

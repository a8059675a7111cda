// Moves a statement off the claim it joined onto a claim of its own, which keeps the old
// claim's topics; the statement is marked so that linking never joins it elsewhere again.
MATCH (s:Statement {id: $statementId})
OPTIONAL MATCH (s)-[old:EXPRESSES]->(previous:Claim)
DELETE old
MERGE (c:Claim {id: $claimId})
ON CREATE SET c.text = $text
CREATE (s)-[:EXPRESSES]->(c)
SET s.claimMethod = 'split', s.claimScore = 1.0
WITH previous, c
CALL (previous, c) {
  MATCH (previous)-[:ABOUT]->(t:Topic)
  MERGE (c)-[:ABOUT]->(t)
}

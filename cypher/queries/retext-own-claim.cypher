// A corrected statement's words become its claim's when no other statement expresses that
// claim; a claim others share keeps its words.
MATCH (s:Statement {id: $statementId})-[:EXPRESSES]->(c:Claim)
WHERE NOT EXISTS { (c)<-[:EXPRESSES]-(other:Statement) WHERE other <> s }
SET c.text = $text

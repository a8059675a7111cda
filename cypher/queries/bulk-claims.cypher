// Bulk load: create-only claims and their topics (topics are loaded first).
UNWIND $rows AS row
CREATE (c:Claim {id: row.id, text: row.text})
WITH c, row
UNWIND row.topicIds AS topicId
MATCH (t:Topic {id: topicId})
CREATE (c)-[:ABOUT]->(t)

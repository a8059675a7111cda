UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.text = row.text
WITH c, row
CALL (c) {
  OPTIONAL MATCH (c)-[old:ABOUT]->(:Topic)
  DELETE old
}
WITH c, row
UNWIND row.topicIds AS topicId
MATCH (t:Topic {id: topicId})
CREATE (c)-[:ABOUT]->(t)

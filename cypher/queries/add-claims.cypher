// Claims named by statements that are being recorded or ingested: a claim already stored
// keeps its text and topics (curated, perhaps), and gains the topics given.
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.text = row.text
WITH c, row
UNWIND row.topicIds AS topicId
MATCH (t:Topic {id: topicId})
MERGE (c)-[:ABOUT]->(t)

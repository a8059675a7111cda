UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c {
  .id, .text,
  topicIds: COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) RETURN t.id ORDER BY t.id }
} AS claim

UNWIND $rows AS row
MATCH (holder:Actor {id: row.actorId})
MERGE (st:Stance {id: row.id})
SET st.polarity = row.polarity, st.since = row.since, st.until = row.until
WITH st, row, holder
CALL (st) {
  OPTIONAL MATCH (st)-[old:TOWARD|EVIDENCED_BY]->()
  DELETE old
  WITH st
  OPTIONAL MATCH (st)<-[oldHolder:HOLDS]-()
  DELETE oldHolder
}
CREATE (holder)-[:HOLDS]->(st)
WITH st, row
CALL (st, row) {
  OPTIONAL MATCH (topic:Topic {id: row.topicId})
  OPTIONAL MATCH (target:Actor {id: row.targetActorId})
  WITH st, coalesce(topic, target) AS about
  WHERE about IS NOT NULL
  CREATE (st)-[:TOWARD]->(about)
}
WITH st, row
UNWIND row.evidenceIds AS evidenceId
MATCH (evidence:Statement {id: evidenceId})
CREATE (st)-[:EVIDENCED_BY]->(evidence)

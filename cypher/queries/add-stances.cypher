// Stances the linker read from statements: a stored stance keeps its links and gains the
// new evidence; `since` becomes the earliest evidence's date.
UNWIND $rows AS row
MATCH (holder:Actor {id: row.actorId})
MERGE (st:Stance {id: row.id})
ON CREATE SET st.polarity = row.polarity, st.since = row.since, st.until = row.until
SET st.since = CASE
  WHEN row.since IS NULL THEN st.since
  WHEN st.since IS NULL OR row.since < st.since THEN row.since
  ELSE st.since END
MERGE (holder)-[:HOLDS]->(st)
WITH st, row
CALL (st, row) {
  OPTIONAL MATCH (topic:Topic {id: row.topicId})
  OPTIONAL MATCH (target:Actor {id: row.targetActorId})
  WITH st, coalesce(topic, target) AS about
  WHERE about IS NOT NULL
  MERGE (st)-[:TOWARD]->(about)
}
WITH st, row
UNWIND row.evidenceIds AS evidenceId
MATCH (evidence:Statement {id: evidenceId})
MERGE (st)-[:EVIDENCED_BY]->(evidence)

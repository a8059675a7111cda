// Bulk load: create-only stances with holder, target (topic or actor) and evidence.
UNWIND $rows AS row
MATCH (holder:Actor {id: row.actorId})
CREATE (holder)-[:HOLDS]->(st:Stance {id: row.id, polarity: row.polarity, since: row.since, until: row.until})
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

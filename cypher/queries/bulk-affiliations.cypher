// Bulk load: one row per affiliation; both actors exist, found through the actor_id constraint.
UNWIND $rows AS row
MATCH (member:Actor {id: row.memberId})
MATCH (org:Actor {id: row.organizationId})
CREATE (member)-[:AFFILIATED_WITH {title: row.title, since: row.since, until: row.until}]->(org)

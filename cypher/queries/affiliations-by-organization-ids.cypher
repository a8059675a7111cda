UNWIND $ids AS id
MATCH (member:Actor)-[r:AFFILIATED_WITH]->(org:Actor {id: id})
RETURN id AS key, member.id AS memberId, org.id AS organizationId, r.title AS title, r.since AS since, r.until AS until
ORDER BY member.id

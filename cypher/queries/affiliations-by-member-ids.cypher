UNWIND $ids AS id
MATCH (member:Actor {id: id})-[r:AFFILIATED_WITH]->(org:Actor)
RETURN id AS key, member.id AS memberId, org.id AS organizationId, r.title AS title, r.since AS since, r.until AS until
ORDER BY org.id

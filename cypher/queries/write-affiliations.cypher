// Replaces each listed actor's affiliations with the given ones.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
CALL (a, row) {
  OPTIONAL MATCH (a)-[old:AFFILIATED_WITH]->(:Actor)
  DELETE old
}
WITH a, row
UNWIND row.affiliations AS affiliation
MATCH (org:Actor {id: affiliation.actorId})
CREATE (a)-[:AFFILIATED_WITH {title: affiliation.title, since: affiliation.since, until: affiliation.until}]->(org)

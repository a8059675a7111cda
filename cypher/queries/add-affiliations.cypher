// Adds the given affiliations to each listed actor, keeping the stored ones: one per
// organisation and title, whose dates the given row updates.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
WITH a, row
UNWIND row.affiliations AS affiliation
MATCH (org:Actor {id: affiliation.actorId})
MERGE (a)-[r:AFFILIATED_WITH {title: affiliation.title}]->(org)
SET r.since = coalesce(affiliation.since, r.since), r.until = coalesce(affiliation.until, r.until)

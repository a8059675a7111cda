// Folds actor $mergeId into $keepId (an anonymous official later named): every statement,
// stance, affiliation, membership, publication and stance target moves to the kept actor,
// whose aliases gain the merged names. The merged id is remembered on the kept actor, and the
// outcome in an (:ActorMerge) record, which a repeated merge answers with. The caller has
// locked both actors (src/core/writes/merge-actors.ts).
MATCH (keep:Actor {id: $keepId}), (gone:Actor {id: $mergeId})
CALL (keep, gone) {
  MATCH (s:Statement)-[r:SAID_BY]->(gone)
  CREATE (s)-[:SAID_BY]->(keep)
  DELETE r
  RETURN count(*) AS movedStatements
}
CALL (keep, gone) {
  MATCH (gone)-[r:HOLDS]->(stance:Stance)
  CREATE (keep)-[:HOLDS]->(stance)
  DELETE r
}
CALL (keep, gone) {
  MATCH (gone)-[r:AFFILIATED_WITH]->(org:Actor)
  WHERE org <> keep
  CREATE (keep)-[moved:AFFILIATED_WITH]->(org)
  SET moved = properties(r)
  DELETE r
}
CALL (keep, gone) {
  MATCH (member:Actor)-[r:AFFILIATED_WITH]->(gone)
  WHERE member <> keep
  CREATE (member)-[moved:AFFILIATED_WITH]->(keep)
  SET moved = properties(r)
  DELETE r
}
CALL (keep, gone) {
  MATCH (src:Source)-[r:PUBLISHED_BY]->(gone)
  CREATE (src)-[:PUBLISHED_BY]->(keep)
  DELETE r
}
CALL (keep, gone) {
  MATCH (stance:Stance)-[r:TOWARD]->(gone)
  CREATE (stance)-[:TOWARD]->(keep)
  DELETE r
}
WITH keep, gone, movedStatements
SET keep.aliases = reduce(names = [], name IN coalesce(keep.aliases, []) + [gone.name] + coalesce(gone.aliases, []) |
      CASE WHEN name IN names OR name = keep.name THEN names ELSE names + name END),
    keep.wikidataId = coalesce(keep.wikidataId, gone.wikidataId),
    keep.mergedIds = coalesce(keep.mergedIds, []) + gone.id + coalesce(gone.mergedIds, [])
WITH keep, gone, movedStatements
CREATE (:ActorMerge {mergedId: gone.id, keepId: keep.id, movedStatements: movedStatements, mergedAt: datetime()})
DETACH DELETE gone
WITH keep AS a, movedStatements
{{actor-keys}}
RETURN movedStatements

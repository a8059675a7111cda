// stances.cypher for a known set of targets: anchored on the targets' id constraints, so it
// reads only the stances toward them instead of every stance in the graph.
CALL () {
  MATCH (about:Topic) WHERE about.id IN $aboutIds
  RETURN about
  UNION
  MATCH (about:Actor) WHERE about.id IN $aboutIds
  RETURN about
}
MATCH (holder:Actor)-[:HOLDS]->(st:Stance)-[:TOWARD]->(about)
WHERE ($actorIds IS NULL OR holder.id IN $actorIds)
  AND ($asOf IS NULL OR ((st.since IS NULL OR st.since <= $asOf) AND (st.until IS NULL OR st.until > $asOf)))
RETURN {{stance-fields}} AS stance
ORDER BY holder.nameKey, st.since, st.id

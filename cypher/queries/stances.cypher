// Stances by holder and/or target ids, as they stood on $asOf when given:
// since <= asOf (or unknown) and until > asOf (or open).
MATCH (holder:Actor)-[:HOLDS]->(st:Stance)-[:TOWARD]->(about)
WHERE ($actorIds IS NULL OR holder.id IN $actorIds)
  AND ($aboutIds IS NULL OR about.id IN $aboutIds)
  AND ($asOf IS NULL OR ((st.since IS NULL OR st.since <= $asOf) AND (st.until IS NULL OR st.until > $asOf)))
RETURN st {
  .id, .polarity, .since, .until,
  actorId: holder.id,
  topicId: CASE WHEN about:Topic THEN about.id END,
  targetActorId: CASE WHEN about:Actor THEN about.id END,
  about: about.name,
  evidenceIds: COLLECT { MATCH (st)-[:EVIDENCED_BY]->(e:Statement) RETURN e.id ORDER BY e.at, e.id }
} AS stance
ORDER BY holder.nameKey, st.since, st.id

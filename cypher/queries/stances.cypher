// Stances by holder and/or target ids, as they stood on $asOf when given:
// since <= asOf (or unknown) and until > asOf (or open).
MATCH (holder:Actor)-[:HOLDS]->(st:Stance)-[:TOWARD]->(about)
WHERE ($actorIds IS NULL OR holder.id IN $actorIds)
  AND ($aboutIds IS NULL OR about.id IN $aboutIds)
  AND ($asOf IS NULL OR ((st.since IS NULL OR st.since <= $asOf) AND (st.until IS NULL OR st.until > $asOf)))
RETURN {{stance-fields}} AS stance
ORDER BY holder.nameKey, st.since, st.id

UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (c)-[r:CONTRADICTS|DENIES|SUPPORTS]->(other:Claim)
  RETURN type(r) AS relation, 'OUTGOING' AS direction, other.id AS otherId
  UNION
  MATCH (c)<-[r:CONTRADICTS|DENIES|SUPPORTS]-(other:Claim)
  RETURN type(r) AS relation, 'INCOMING' AS direction, other.id AS otherId
}
RETURN id AS key, relation, direction, otherId
ORDER BY key, relation, direction, otherId

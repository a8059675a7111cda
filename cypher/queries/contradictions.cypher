// Claims that contradict or deny others. With $actorIds, one side must be expressed by one
// of those actors; with $topicIds, one side must be about one of those topics.
MATCH (c:Claim)-[r:CONTRADICTS|DENIES]->(other:Claim)
WHERE ($actorIds IS NULL
       OR EXISTS { (c)<-[:EXPRESSES]-(:Statement)-[:SAID_BY]->(a:Actor) WHERE a.id IN $actorIds }
       OR EXISTS { (other)<-[:EXPRESSES]-(:Statement)-[:SAID_BY]->(a:Actor) WHERE a.id IN $actorIds })
  AND ($topicIds IS NULL
       OR EXISTS { (c)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds }
       OR EXISTS { (other)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
RETURN c.id AS claimId, other.id AS otherId, type(r) AS relation
ORDER BY relation, claimId, otherId

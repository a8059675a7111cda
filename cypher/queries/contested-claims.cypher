// Claims about these topics that others deny, most denied first, then the earliest said:
// what a bare "rejected the accusation" in an article about these topics refers to.
UNWIND $topicIds AS topicId
MATCH (:Topic {id: topicId})<-[:ABOUT]-(c:Claim)<-[:DENIES]-(denial:Claim)
WITH c, count(DISTINCT denial) AS denials
WITH c, denials, COLLECT { MATCH (c)<-[:EXPRESSES]-(s:Statement) RETURN min(s.at) }[0] AS firstSaid
ORDER BY denials DESC, firstSaid, c.id
LIMIT 5
RETURN c.id AS id

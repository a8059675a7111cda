UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:ABOUT]-(c:Claim)
RETURN id AS key, c.id AS claimId
ORDER BY c.id

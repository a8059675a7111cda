// A statement given to another speaker is no longer evidence of its former speaker's stances;
// a stance left with no evidence goes.
MATCH (:Actor {id: $formerSpeakerId})-[:HOLDS]->(st:Stance)-[e:EVIDENCED_BY]->(:Statement {id: $statementId})
DELETE e
WITH DISTINCT st
WHERE NOT EXISTS { (st)-[:EVIDENCED_BY]->() }
DETACH DELETE st

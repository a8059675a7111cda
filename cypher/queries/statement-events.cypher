// What subscribers' filters need of each statement just written, in one round trip, and the
// sources where it gave its claim a new appearance: sources carrying it that no statement of
// the claim outside this write reaches.
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[:SAID_BY]->(a:Actor)
MATCH (s)-[:REPORTED_IN]->(src:Source)
OPTIONAL MATCH (s)-[:EXPRESSES]->(c:Claim)
RETURN s.id AS id, s.text AS text, s.direct AS direct, toString(s.at) AS at,
       a.id AS speakerId, [a.name] + coalesce(a.aliases, []) AS speakerNames,
       src.id AS sourceId, c.id AS claimId,
       COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) UNWIND [t.name] + coalesce(t.aliases, []) AS name RETURN name } AS topics,
       COLLECT {
         MATCH (s)-[:VIA|REPORTED_IN]->(carrier:Source)
         WHERE c IS NOT NULL AND NOT EXISTS {
           MATCH (carrier)<-[:VIA|REPORTED_IN]-(other:Statement)-[:EXPRESSES]->(c)
           WHERE NOT other.id IN $ids
         }
         RETURN DISTINCT carrier.id
       } AS newAppearances

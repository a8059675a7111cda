// What subscribers' filters need of each statement just written, in one round trip, and the
// sources where it gave its claim a new appearance: sources carrying it that no statement of
// the claim outside this write reaches. That check walks from whichever side has fewer
// statements (the WITH in each branch fixes where the walk starts): a claim a thousand outlets
// carry is not walked for an article's own source, nor a wire service's thousand reports for
// a claim made once. No label on `other` (only statements have these relationships): with one,
// the planner may start from a scan of every statement instead.
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[:SAID_BY]->(a:Actor)
MATCH (s)-[:REPORTED_IN]->(src:Source)
OPTIONAL MATCH (s)-[:EXPRESSES]->(c:Claim)
CALL (s, c) {
  OPTIONAL MATCH (s)-[:VIA|REPORTED_IN]->(carrier:Source)
  WHERE c IS NOT NULL
  OPTIONAL CALL (carrier, c) {
    WITH carrier, c
    WHERE carrier IS NOT NULL AND COUNT { (carrier)<-[:VIA|REPORTED_IN]-() } <= COUNT { (c)<-[:EXPRESSES]-() }
    MATCH (carrier)<-[:VIA|REPORTED_IN]-(other)
    WITH other, c
    WHERE NOT other.id IN $ids AND (other)-[:EXPRESSES]->(c)
    RETURN other
    LIMIT 1
  UNION
    WITH carrier, c
    WHERE carrier IS NOT NULL AND COUNT { (carrier)<-[:VIA|REPORTED_IN]-() } > COUNT { (c)<-[:EXPRESSES]-() }
    MATCH (c)<-[:EXPRESSES]-(other)
    WITH other, carrier
    WHERE NOT other.id IN $ids AND (other)-[:VIA|REPORTED_IN]->(carrier)
    RETURN other
    LIMIT 1
  }
  WITH carrier, other
  WHERE carrier IS NOT NULL AND other IS NULL
  RETURN collect(DISTINCT carrier.id) AS newAppearances
}
RETURN s.id AS id, s.text AS text, s.direct AS direct, toString(s.at) AS at,
       a.id AS speakerId, [a.name] + coalesce(a.aliases, []) AS speakerNames,
       src.id AS sourceId, c.id AS claimId,
       COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) UNWIND [t.name] + coalesce(t.aliases, []) AS name RETURN name } AS topics,
       newAppearances

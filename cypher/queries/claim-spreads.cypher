// How far each claim travelled: the sources carrying a statement of it (as appearances
// counts them: publications and intermediaries), their outlets, and a count per day.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  OPTIONAL MATCH (c)<-[:EXPRESSES]-(:Statement)-[:VIA|REPORTED_IN]->(src:Source)
  WITH DISTINCT src
  OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(outlet:Actor)
  RETURN count(DISTINCT src) AS sources, count(DISTINCT outlet) AS outlets,
         min(src.publishedAt) AS firstSeen, max(src.publishedAt) AS lastSeen
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:EXPRESSES]-(:Statement)-[:VIA|REPORTED_IN]->(src:Source)
  WHERE src.publishedAt IS NOT NULL
  WITH DISTINCT src
  OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(outlet:Actor)
  WITH src.publishedAt AS day, count(DISTINCT src) AS sources, count(DISTINCT outlet) AS outlets
  WHERE day IS NOT NULL
  ORDER BY day
  LIMIT 366
  RETURN collect({day: toString(day), sources: sources, outlets: outlets}) AS byDay
}
RETURN c.id AS id, sources, outlets, toString(firstSeen) AS firstSeen, toString(lastSeen) AS lastSeen, byDay

// How far each claim travelled, in one pass over the sources carrying a statement of it (as
// appearances counts them: publications and intermediaries): per publication day (null for
// undated), how many sources and which outlets. Totals are summed from the days.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  OPTIONAL MATCH (c)<-[:EXPRESSES]-(:Statement)-[:VIA|REPORTED_IN]->(src:Source)
  WITH DISTINCT src
  WHERE src IS NOT NULL
  OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(outlet:Actor)
  WITH src.publishedAt AS day, count(DISTINCT src) AS sources, collect(DISTINCT outlet.id) AS outlets
  ORDER BY day
  RETURN collect({day: toString(day), sources: sources, outlets: outlets}) AS days
}
RETURN c.id AS id, days

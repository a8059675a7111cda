// Every source carrying a statement of the claim, earliest published first (undated last).
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:EXPRESSES]-(:Statement)-[:VIA|REPORTED_IN]->(src:Source)
WITH DISTINCT id, src
ORDER BY src.publishedAt ASC, src.id ASC
RETURN id AS key, collect(src.id) AS sourceIds

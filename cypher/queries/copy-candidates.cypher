// Articles an article may copy: those reporting statements of the claims the new one shares,
// most shared first. A wire story and its reprint share every quote, so shared claims are
// where to look; the bodies are then compared in src/link/syndication.ts. A claim carried
// by very many articles is read for its first 50 only: the look-up stays bounded.
UNWIND $claimIds AS claimId
CALL (claimId) {
  MATCH (:Claim {id: claimId})<-[:EXPRESSES]-(:Statement)-[:REPORTED_IN]->(src:Source)
  WHERE src.text IS NOT NULL AND src.id <> $sourceId
  RETURN DISTINCT src
  LIMIT 50
}
WITH src, count(*) AS shared
WHERE shared >= $minShared
ORDER BY shared DESC, src.id
LIMIT 10
RETURN src.id AS id, src.text AS text, toString(src.publishedAt) AS publishedAt

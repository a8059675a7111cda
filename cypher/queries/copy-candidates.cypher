// Articles an article may copy: those reporting a statement of a claim the new one shares.
// A wire story and its reprint share every quote, so a shared claim is where to look; the
// bodies are then compared in src/link/syndication.ts.
UNWIND $claimIds AS claimId
MATCH (:Claim {id: claimId})<-[:EXPRESSES]-(:Statement)-[:REPORTED_IN]->(src:Source)
WHERE src.text IS NOT NULL AND src.id <> $sourceId
WITH DISTINCT src
LIMIT 10
RETURN src.id AS id, src.text AS text, toString(src.publishedAt) AS publishedAt

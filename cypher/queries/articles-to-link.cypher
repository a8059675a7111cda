// Articles holding ingested statements never linked into the claim graph (ingested before
// the linker existed), earliest published first, so that earlier coverage anchors claims.
// Curated statements (no speakerMethod) are never re-linked.
MATCH (s:Statement)-[:REPORTED_IN]->(src:Source)
WHERE s.claimMethod IS NULL AND s.speakerMethod IS NOT NULL AND src.text IS NOT NULL
WITH DISTINCT src
RETURN src.id AS id
ORDER BY coalesce(toString(src.publishedAt), '~'), src.id

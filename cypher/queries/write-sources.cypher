UNWIND $rows AS row
MERGE (src:Source {id: row.id})
WITH src, row, src.publishedAt AS previousPublishedAt
SET src.kind = row.kind, src.title = row.title, src.url = row.url, src.author = row.author,
    src.publishedAt = row.publishedAt,
    // Text and hash are the content itself: an update that does not restate them keeps them.
    src.contentHash = coalesce(row.contentHash, src.contentHash), src.text = coalesce(row.text, src.text),
    src.bodyPrint = coalesce(row.bodyPrint, src.bodyPrint)
// A statement with no date of its own sorts by its publication's date (write-statements.cypher):
// when that date changes, so does theirs, in this transaction. Unchanged dates touch nothing.
WITH src, previousPublishedAt
WHERE NOT coalesce(previousPublishedAt = src.publishedAt, previousPublishedAt IS NULL AND src.publishedAt IS NULL)
CALL (src) {
  MATCH (s:Statement)-[:REPORTED_IN]->(src)
  WHERE s.saidAt IS NULL
  SET s.at = coalesce(src.publishedAt, date())
}

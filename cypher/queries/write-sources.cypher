UNWIND $rows AS row
MERGE (src:Source {id: row.id})
SET src.kind = row.kind, src.title = row.title, src.url = row.url, src.author = row.author,
    src.publishedAt = row.publishedAt,
    // Text and hash are the content itself: an update that does not restate them keeps them.
    src.contentHash = coalesce(row.contentHash, src.contentHash), src.text = coalesce(row.text, src.text)

UNWIND $rows AS row
MERGE (src:Source {id: row.id})
SET src.kind = row.kind, src.title = row.title, src.url = row.url, src.author = row.author,
    src.publishedAt = row.publishedAt, src.contentHash = row.contentHash

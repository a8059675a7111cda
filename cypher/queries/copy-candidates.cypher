// Articles an article may copy: those whose body print shares the most positions with its
// own (src/domain/body-print.ts decides which are worth comparing word for word, then
// src/link/syndication.ts compares them). One index look-up, whatever the graph's size; the
// bodies are read afterwards, for the few that pass (source-texts-by-ids).
CALL db.index.fulltext.queryNodes('source_body_prints', $positions, {limit: $limit}) YIELD node AS src
WHERE src.id <> $sourceId AND src.text IS NOT NULL
RETURN src.id AS id, src.bodyPrint AS bodyPrint, toString(src.publishedAt) AS publishedAt

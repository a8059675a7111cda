// Sources with a text but no body print of the current version (stored before prints
// existed, or under another version): the next batch to print.
MATCH (src:Source)
WHERE src.text IS NOT NULL AND NOT coalesce(src.bodyPrint STARTS WITH $versionPrefix, false)
RETURN src.id AS id, src.text AS text
LIMIT $limit

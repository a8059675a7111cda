// An article already in the graph: same URL, or the same text.
OPTIONAL MATCH (byUrl:Source {url: $url})
OPTIONAL MATCH (byHash:Source {contentHash: $hash})
WITH coalesce(byUrl, byHash) AS src
WHERE src IS NOT NULL
RETURN src.id AS id
LIMIT 1

// Whether an article is stored already: the source at its URL, and the sources with its
// text (the original and any copies), with where each was published.
OPTIONAL MATCH (byUrl:Source {url: $url})
CALL () {
  OPTIONAL MATCH (src:Source {contentHash: $hash})
  OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(outlet:Actor)
  WITH src, outlet
  ORDER BY src.publishedAt, src.id
  LIMIT 50
  RETURN collect(CASE WHEN src IS NULL THEN null ELSE {id: src.id, url: src.url, outlet: outlet.name, publishedAt: toString(src.publishedAt)} END) AS sameText
}
RETURN byUrl.id AS urlId, sameText

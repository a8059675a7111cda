// Claims as schema.org Claims for claims.jsonld: each with its text, topics, the speakers of its
// statements (at most 20), the sources that carry it (at most $appearances, earliest first,
// undated last: the first is its first appearance) and its fact-checks (at most 50).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c {
  .id, .text,
  topics: COLLECT { MATCH (c)-[:ABOUT]->(t:Topic) RETURN t.name ORDER BY t.name },
  authors: COLLECT {
    MATCH (c)<-[:EXPRESSES]-(:Statement)-[:SAID_BY]->(a:Actor)
    WITH DISTINCT a ORDER BY a.id LIMIT 20
    RETURN a {.id, .name, .kind}
  },
  appearances: COLLECT {
    MATCH (c)<-[:EXPRESSES]-(:Statement)-[:VIA|REPORTED_IN]->(src:Source)
    WITH DISTINCT src
    ORDER BY coalesce(toString(src.publishedAt), '~'), src.id
    LIMIT $appearances
    RETURN src {.id, .kind, .title, .url, .publishedAt,
      outlet: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(o:Actor) RETURN o.name }[0]}
  },
  reviews: COLLECT {
    MATCH (c)<-[:REVIEWS]-(r:ClaimReview)
    WITH r ORDER BY r.datePublished DESC, r.id LIMIT 50
    RETURN r {.url, .claimReviewed, .ratingText, .ratingValue, .bestRating, .worstRating, .datePublished,
      author: COLLECT { MATCH (r)-[:REVIEWED_BY]->(a:Actor) RETURN a.name }[0]}
  }
} AS claim

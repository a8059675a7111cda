// Each review with the claim it reviews and the fact-checker who wrote it; links replaced, so a
// corrected review (a new verdict, a re-matched claim) rewrites them.
UNWIND $rows AS row
MATCH (claim:Claim {id: row.claimId})
MATCH (author:Actor {id: row.authorId})
MERGE (r:ClaimReview {id: row.id})
SET r.url = row.url, r.claimReviewed = row.claimReviewed, r.ratingText = row.ratingText,
    r.ratingValue = row.ratingValue, r.bestRating = row.bestRating, r.worstRating = row.worstRating,
    r.datePublished = row.datePublished, r.matchMethod = row.matchMethod, r.matchScore = row.matchScore
WITH r, claim, author
CALL (r) {
  OPTIONAL MATCH (r)-[old:REVIEWS|REVIEWED_BY]->()
  DELETE old
}
CREATE (r)-[:REVIEWS]->(claim)
CREATE (r)-[:REVIEWED_BY]->(author)

// Expects `r` bound to a :ClaimReview; yields the map src/store/repo/reviews.ts#toClaimReview reads.
r {
  .id, .url, .claimReviewed, .ratingText, .ratingValue, .bestRating, .worstRating,
  .datePublished, .matchMethod, .matchScore,
  claimId: COLLECT { MATCH (r)-[:REVIEWS]->(c:Claim) RETURN c.id }[0],
  authorId: COLLECT { MATCH (r)-[:REVIEWED_BY]->(a:Actor) RETURN a.id }[0]
}

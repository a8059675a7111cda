// The reviews of each claim, newest first, at most $limit each (Claim.reviews is a bounded list).
UNWIND $claimIds AS claimId
MATCH (c:Claim {id: claimId})
RETURN claimId, COLLECT {
  MATCH (c)<-[:REVIEWS]-(r:ClaimReview)
  WITH r ORDER BY r.datePublished DESC, r.id
  LIMIT $limit
  RETURN {{claim-review-fields}}
} AS reviews

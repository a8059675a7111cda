UNWIND $ids AS id
MATCH (r:ClaimReview {id: id})
RETURN {{claim-review-fields}} AS review

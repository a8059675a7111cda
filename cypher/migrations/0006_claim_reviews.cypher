// Fact-checks (schema.org ClaimReview) attached to the claims they review; one per review URL.
CREATE CONSTRAINT claim_review_id IF NOT EXISTS FOR (r:ClaimReview) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_review_url IF NOT EXISTS FOR (r:ClaimReview) REQUIRE r.url IS UNIQUE;

// The next page of claim ids in id order (the claim_id constraint's index), for claims.jsonld
// without a filter.
MATCH (c:Claim)
WHERE $after IS NULL OR c.id > $after
RETURN c.id AS id
ORDER BY c.id
LIMIT $limit

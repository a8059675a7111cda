// The relations one claim has to another, for the audit trail of relateClaims.
MATCH (:Claim {id: $fromClaimId})-[r:CONTRADICTS|DENIES|SUPPORTS]->(:Claim {id: $toClaimId})
RETURN type(r) AS relation
ORDER BY relation

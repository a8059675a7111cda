UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN {{claim-fields}} AS claim

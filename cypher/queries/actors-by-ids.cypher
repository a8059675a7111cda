UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN {{actor-fields}} AS actor

UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN {{statement-fields}} AS statement

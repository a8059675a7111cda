UNWIND $ids AS id
MATCH (src:Source {id: id})
RETURN {{source-fields}} AS source

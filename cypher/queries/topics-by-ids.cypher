UNWIND $ids AS id
MATCH (t:Topic {id: id})
RETURN t {.id, .name, .aliases} AS topic

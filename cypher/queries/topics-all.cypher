MATCH (t:Topic)
RETURN t {.id, .name, .aliases} AS topic
ORDER BY t.name

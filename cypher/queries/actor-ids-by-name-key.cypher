// The actors a name denotes when no id is given: the same name key (NFC, lower case).
MATCH (a:Actor {nameKey: $key})
RETURN a.id AS id
ORDER BY id
LIMIT $limit

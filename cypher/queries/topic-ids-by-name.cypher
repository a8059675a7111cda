// Topic by id, name or alias (case-insensitive), or any topic whose name contains the text.
MATCH (t:Topic)
WHERE t.id = $name OR t.nameKey = $key OR $key IN t.aliasKeys OR t.nameKey CONTAINS $key
RETURN t.id AS id
ORDER BY t.id

UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases,
    a.wikidataId = row.wikidataId, a.role = row.role
{{actor-keys}}

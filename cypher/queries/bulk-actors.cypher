// Bulk load: create-only actors with their lookup keys. Affiliations follow in
// bulk-affiliations once every actor of the phase exists.
UNWIND $rows AS row
CREATE (a:Actor {id: row.id, name: row.name, kind: row.kind, aliases: row.aliases,
                 wikidataId: row.wikidataId, role: row.role})
{{actor-keys}}

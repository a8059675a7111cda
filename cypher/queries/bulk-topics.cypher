// Bulk load (src/bulk/): create-only, assumes the topic does not exist yet. Not idempotent;
// for upserts use write-topics.cypher.
UNWIND $rows AS row
CREATE (t:Topic {id: row.id, name: row.name, aliases: row.aliases, nameKey: toLower(row.name),
                 aliasKeys: [alias IN row.aliases | toLower(alias)],
                 aliasText: reduce(text = '', alias IN row.aliases | text + ' | ' + alias)})

// Topics the linker found or named: a stored topic keeps its name and aliases (curated,
// perhaps); a new one is created with its lookup keys.
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
ON CREATE SET t.name = row.name, t.aliases = row.aliases, t.nameKey = toLower(row.name),
    t.aliasKeys = [alias IN row.aliases | toLower(alias)],
    t.aliasText = reduce(text = '', alias IN row.aliases | text + ' | ' + alias)

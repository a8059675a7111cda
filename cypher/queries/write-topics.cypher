UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
SET t.name = row.name, t.aliases = row.aliases, t.nameKey = toLower(row.name),
    t.aliasKeys = [alias IN row.aliases | toLower(alias)],
    t.aliasText = reduce(text = '', alias IN row.aliases | text + ' | ' + alias)

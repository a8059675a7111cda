// Expects `a` bound to an :Actor whose name and aliases are set: derives the lookup keys.
SET a.nameKey = toLower(a.name),
    a.aliasKeys = [name IN [a.name] + coalesce(a.aliases, []) | toLower(name)],
    a.aliasText = reduce(text = '', alias IN coalesce(a.aliases, []) | text + ' | ' + alias)

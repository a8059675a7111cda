// Expects `a` bound to an :Actor whose name and aliases are set: derives the lookup keys
// (DERIVATIONS.actorKeys in src/domain/write-model.ts; a unit test holds the two together).
SET a.nameKey = toLower(a.name),
    a.aliasKeys = [name IN [a.name] + coalesce(a.aliases, []) | toLower(name)],
    a.aliasText = reduce(text = '', alias IN coalesce(a.aliases, []) | text + ' | ' + alias)

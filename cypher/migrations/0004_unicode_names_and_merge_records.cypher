// Names are stored in Unicode NFC (src/domain/names.ts#normaliseName), and an id-less upsert
// finds an actor by the key of its name: stored names written before that rule (a decomposed
// "José") are recomposed, and their lookup keys derived again (as
// cypher/fragments/actor-keys.cypher does), so they are found. Ids are left as they are: a
// stored id keeps working.
MATCH (a:Actor)
WHERE a.name <> normalize(a.name, NFC)
   OR any(alias IN coalesce(a.aliases, []) WHERE alias <> normalize(alias, NFC))
SET a.name = normalize(a.name, NFC),
    a.aliases = [alias IN coalesce(a.aliases, []) | normalize(alias, NFC)]
SET a.nameKey = toLower(a.name),
    a.aliasKeys = [name IN [a.name] + coalesce(a.aliases, []) | toLower(name)],
    a.aliasText = reduce(text = '', alias IN coalesce(a.aliases, []) | text + ' | ' + alias);
// A merge's outcome, which a repeated merge answers with; an actor is merged away once.
CREATE CONSTRAINT actor_merge_merged_id IF NOT EXISTS FOR (m:ActorMerge) REQUIRE m.mergedId IS UNIQUE;

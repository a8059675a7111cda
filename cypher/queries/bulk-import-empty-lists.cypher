// After an offline import: an empty CSV field is no property, so the importer cannot store an
// empty list, while the UNWIND loaders store `aliases: []`. Restores the empty lists so both
// paths leave the same graph. Actor lookup keys always hold the name, a topic's only aliases.
CALL () {
  MATCH (a:Actor) WHERE a.aliases IS NULL
  SET a.aliases = []
}
CALL () {
  MATCH (t:Topic) WHERE t.aliases IS NULL OR t.aliasKeys IS NULL
  SET t.aliases = coalesce(t.aliases, []), t.aliasKeys = coalesce(t.aliasKeys, [])
}

// Expects `a` bound to an :Actor; yields the map that src/repo/mappers.ts#toActor reads.
// Without affiliations: an organisation can have thousands; Actor.affiliations pages them.
a { .id, .name, .kind, .aliases, .wikidataId, .role }

// Expects `t` bound to a :Topic; yields the map that src/repo/mappers.ts#toTopic reads.
t { .id, .name, .aliases }

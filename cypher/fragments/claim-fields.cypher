// Expects `c` bound to a :Claim; yields the map that src/repo/mappers.ts#toClaim reads.
// Claim.topics pages the topics: nothing about a claim is collected whole.
c { .id, .text }

// Expects `src` bound to a :Source; yields the map that src/repo/mappers.ts#toSource reads.
src {
  .id, .kind, .title, .url, .author, .publishedAt, .contentHash, .text,
  outletId: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(outlet:Actor) RETURN outlet.id }[0],
  derivedFrom: COLLECT {
    MATCH (src)-[d:DERIVED_FROM]->(origin:Source)
    RETURN {sourceId: origin.id, relation: d.relation} AS derivation
    ORDER BY origin.id
  }
}

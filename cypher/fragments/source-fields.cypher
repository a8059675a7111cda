// Expects `src` bound to a :Source; yields the map that src/repo/mappers.ts#toSource reads.
// Without the text: an ingested article keeps its whole text, and every source of a page,
// a trace or a search would carry it. `Source.text` loads it when selected (source-texts-by-ids).
src {
  .id, .kind, .title, .url, .author, .publishedAt, .contentHash,
  outletId: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(outlet:Actor) RETURN outlet.id }[0],
  derivedFrom: COLLECT {
    MATCH (src)-[d:DERIVED_FROM]->(origin:Source)
    RETURN {sourceId: origin.id, relation: d.relation} AS derivation
    ORDER BY origin.id
  }
}

// Expects `src` bound to a :Source; yields the map that src/repo/mappers.ts#toSource reads.
// Without the text: an ingested article keeps its whole text, and every source of a page,
// a trace or a search would carry it. `Source.text` loads it when selected (source-texts-by-ids).
// Without derivations either: a wire story has thousands; Source.derivedFrom pages them.
src {
  {{source-properties}},
  outletId: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(outlet:Actor) RETURN outlet.id }[0]
}

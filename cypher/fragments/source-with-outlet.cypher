// Expects `src` bound to a :Source; yields {source, outlet}: the source's own properties and
// its outlet as a whole actor (or null), reading PUBLISHED_BY once for both.
{
  source: src { {{source-properties}} },
  outlet: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(a:Actor) RETURN {{actor-fields}} }[0]
}

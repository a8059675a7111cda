// Expects `a` bound to an :Actor; yields the map that src/repo/mappers.ts#toActor reads.
a {
  .id, .name, .kind, .aliases, .wikidataId, .role,
  affiliations: COLLECT {
    MATCH (a)-[r:AFFILIATED_WITH]->(org:Actor)
    RETURN {actorId: org.id, title: r.title, since: r.since, until: r.until} AS affiliation
    ORDER BY org.id
  }
}

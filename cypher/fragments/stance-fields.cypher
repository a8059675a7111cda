// Expects `st` bound to a :Stance, `holder` to its actor and `about` to its target; yields
// the map that src/repo/mappers.ts#toStance reads. Stance.evidence pages the statements.
st {
  .id, .polarity, .since, .until,
  actorId: holder.id,
  topicId: CASE WHEN about:Topic THEN about.id END,
  targetActorId: CASE WHEN about:Actor THEN about.id END,
  about: about.name
}

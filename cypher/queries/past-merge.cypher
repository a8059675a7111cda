// How $mergeId was folded into $keepId, if it was: its (:ActorMerge) record, or for a merge
// older than the records, the mention in the kept actor's mergedIds.
MATCH (keep:Actor {id: $keepId})
OPTIONAL MATCH (record:ActorMerge {mergedId: $mergeId, keepId: $keepId})
WITH keep, record
WHERE record IS NOT NULL OR $mergeId IN coalesce(keep.mergedIds, [])
RETURN coalesce(record.movedStatements, 0) AS movedStatements

// mergeActors' reads and write, inside the caller's transaction (which has locked both actors).

import type { Transaction } from '../neo4j/database';
import { toNumber } from '../neo4j/values';
import { cypher } from './cypher';

export interface MergeActorsRow {
  actorId: string;
  mergedId: string;
  movedStatements: number;
}

/** Folds `mergeId` into `keepId` (cypher/queries/merge-actors.cypher); both must exist. */
export async function mergeActorInto(
  tx: Transaction,
  keepId: string,
  mergeId: string,
): Promise<MergeActorsRow> {
  const result = await tx.run(cypher('merge-actors'), { keepId, mergeId });
  const moved = result.records[0]?.get('movedStatements');
  return { actorId: keepId, mergedId: mergeId, movedStatements: moved === undefined ? 0 : toNumber(moved) };
}

/**
 * The recorded outcome of the merge that folded `mergeId` away, if one did. Merges made before
 * outcomes were recorded are known only from the kept actor's mergedIds: they answer 0 moved.
 */
export async function pastMerge(
  tx: Transaction,
  keepId: string,
  mergeId: string,
): Promise<MergeActorsRow | undefined> {
  const result = await tx.run(cypher('past-merge'), { keepId, mergeId });
  const record = result.records[0];
  if (!record) return undefined;
  return { actorId: keepId, mergedId: mergeId, movedStatements: toNumber(record.get('movedStatements')) };
}

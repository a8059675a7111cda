// mergeActors: lock the surviving actor, then the merged one, and only then look at what is
// stored. Ten identical merges in parallel queue on the first lock; the first folds the actor
// away, the others find it gone and answer the outcome it recorded. Two merges in opposite
// directions may deadlock on the second lock: Neo4j detects it and the managed transaction
// retries, finding the merge done.

import type { Principal } from '../../domain/audit';
import { BadUserInputError, NotFoundError } from '../../domain/errors';
import type { Database } from '../../store/neo4j/database';
import { lockExisting } from '../../store/repo/locks';
import { type MergeActorsRow, mergeActorInto, pastMerge } from '../../store/repo/merge-writes';
import { checkId } from '../validate';
import { audit } from './audit-trail';

export async function mergeActors(
  db: Database,
  keepIdInput: string,
  mergeIdInput: string,
  by: Principal,
): Promise<MergeActorsRow> {
  const keepId = checkId('keepId', keepIdInput);
  const mergeId = checkId('mergeId', mergeIdInput);
  if (keepId === mergeId)
    throw new BadUserInputError('An actor cannot be merged into itself', 'mergeId', mergeId);
  return db.write('mutation.merge-actors', async (tx) => {
    if ((await lockExisting(tx, 'Actor', [keepId])).length === 0)
      throw new NotFoundError('Actor', keepId, 'keepId');
    if ((await lockExisting(tx, 'Actor', [mergeId])).length === 0) {
      const past = await pastMerge(tx, keepId, mergeId);
      if (past) return past;
      throw new NotFoundError('Actor', mergeId, 'mergeId');
    }
    const merged = await mergeActorInto(tx, keepId, mergeId);
    await audit(tx, by, { operation: 'MERGE_ACTORS', targetKind: 'Actor', targetId: mergeId, after: merged });
    return merged;
  });
}

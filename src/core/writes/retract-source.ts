// retractSource: a mistaken ingest or source goes, with what only it carries (its statements,
// the claims and intermediaries nothing else has, stances resting on it alone); what others
// share stays. The source is locked first, so concurrent retractions queue; one that finds it
// gone answers the outcome the trail recorded, so a retried call answers as the first did.

import type { Principal } from '../../domain/audit';
import { NotFoundError } from '../../domain/errors';
import type { Database } from '../../store/neo4j/database';
import { lastOutcome } from '../../store/repo/audit';
import { lockExisting } from '../../store/repo/locks';
import { retractSourceIn } from '../../store/repo/retract';
import { storedSource } from '../../store/repo/source-writes';
import { checkId } from '../validate';
import { audit } from './audit-trail';

const LISTED_IDS = 300;

export interface RetractSourceOutcome {
  sourceId: string;
  removedStatements: number;
  removedClaims: number;
  removedIntermediaries: number;
  removedStances: number;
}

export async function retractSource(
  db: Database,
  rawId: string,
  by: Principal,
): Promise<RetractSourceOutcome> {
  const sourceId = checkId('id', rawId);
  return db.write('mutation.retract-source', async (tx) => {
    const locked = (await lockExisting(tx, 'Source', [sourceId])).length > 0;
    const source = locked ? await storedSource(tx, sourceId) : undefined;
    // A retraction that committed while we waited for the lock leaves nothing to remove.
    const removed = source ? await retractSourceIn(tx, sourceId) : undefined;
    if (!removed) {
      const past = await lastOutcome(tx, 'RETRACT_SOURCE', sourceId);
      if (past !== undefined) return (JSON.parse(past) as { outcome: RetractSourceOutcome }).outcome;
      throw new NotFoundError('Source', sourceId, 'id');
    }
    const outcome: RetractSourceOutcome = {
      sourceId,
      removedStatements: removed.statementIds.length,
      removedClaims: removed.claimIds.length,
      removedIntermediaries: removed.intermediaryIds.length,
      removedStances: removed.stanceIds.length,
    };
    await audit(tx, by, {
      operation: 'RETRACT_SOURCE',
      targetKind: 'Source',
      targetId: sourceId,
      before: source,
      // The outcome always fits the snapshot (a retried call reads it back); the ids, at most
      // LISTED_IDS of each kind, do.
      after: {
        outcome,
        removed: Object.fromEntries(Object.entries(removed).map(([k, ids]) => [k, ids.slice(0, LISTED_IDS)])),
      },
    });
    return outcome;
  });
}

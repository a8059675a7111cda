// Write locks a transaction takes before it reads what it is about to change. Without them two
// concurrent writers of one node both read "absent" (or the same old state) and both write:
// a lost update, a twice-moved statement, two callers told they created one article. Neo4j
// holds a node's write lock until commit, so the second writer waits, then reads the first's
// result. Callers lock in a fixed order (sorted ids, the surviving actor first) so that two
// transactions cannot each hold what the other waits for; if they do, Neo4j detects the
// deadlock and the managed transaction retries.

import type { Transaction } from '../neo4j/database';

export type LockableLabel = 'Actor' | 'Source' | 'Statement' | 'ClaimReview';

// Labels cannot be parameters; one fixed query per label from a closed set. `__lock` is set
// and removed in the same statement: the lock is taken, no property is left behind.
const CLAIM: Record<LockableLabel, string> = {
  Actor: claimQuery('Actor'),
  Source: claimQuery('Source'),
  Statement: claimQuery('Statement'),
  ClaimReview: claimQuery('ClaimReview'),
};

const LOCK: Record<LockableLabel, string> = {
  Actor: lockQuery('Actor'),
  Source: lockQuery('Source'),
  Statement: lockQuery('Statement'),
  ClaimReview: lockQuery('ClaimReview'),
};

function claimQuery(label: LockableLabel): string {
  return `UNWIND $ids AS id
MERGE (n:${label} {id: id})
ON CREATE SET n.__created = true
WITH n, n.__created IS NOT NULL AS created
SET n.__lock = true
REMOVE n.__created, n.__lock
RETURN n.id AS id, created`;
}

function lockQuery(label: LockableLabel): string {
  return `UNWIND $ids AS id
MATCH (n:${label} {id: id})
SET n.__lock = true
REMOVE n.__lock
RETURN n.id AS id`;
}

/**
 * Locks the nodes with these ids, creating the missing ones bare (only the id; the caller
 * writes the rest in this transaction or throws, which rolls them back). Answers which ids
 * this call created: a concurrent creator of the same id makes this call wait, then see it
 * as existing.
 */
export async function claimIds(
  tx: Transaction,
  label: LockableLabel,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await tx.run(CLAIM[label], { ids: [...new Set(ids)].sort() });
  return new Set(result.records.filter((r) => r.get('created') === true).map((r) => String(r.get('id'))));
}

/** Locks the existing nodes with these ids, in the given order; answers the ids found. */
export async function lockExisting(
  tx: Transaction,
  label: LockableLabel,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(LOCK[label], { ids: [...ids] });
  return result.records.map((record) => String(record.get('id')));
}

// Audit entries are written inside the transaction of the change they record: a change that
// rolls back leaves no entry, and an entry always describes a change that happened.

import type { AuditEntry, AuditOperation } from '../../domain/audit';
import type { Transaction } from '../neo4j/database';
import { cypher } from './cypher';

export async function writeAuditEntry(tx: Transaction, entry: AuditEntry): Promise<void> {
  await tx.run(cypher('add-audit-entry'), {
    ...entry,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** The `after` of the latest `operation` on `targetId`: what a repeated removal answers. */
export async function lastOutcome(
  tx: Transaction,
  operation: AuditOperation,
  targetId: string,
): Promise<string | undefined> {
  const result = await tx.run(cypher('last-audit-outcome'), { targetId, operation });
  const after = result.records[0]?.get('after');
  return typeof after === 'string' ? after : undefined;
}

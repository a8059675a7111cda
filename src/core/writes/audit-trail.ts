// Every write use case records what it changed, in its own transaction, through `audit`: an
// unchanged target (the same JSON before and after) records nothing, so repeating an
// idempotent write leaves the trail as it was.

import { randomUUID } from 'node:crypto';
import {
  type AuditOperation,
  type AuditTargetKind,
  MAX_SNAPSHOT_CHARS,
  type Principal,
} from '../../domain/audit';
import type { Transaction } from '../../store/neo4j/database';
import { writeAuditEntry } from '../../store/repo/audit';

export interface AuditedChange {
  operation: AuditOperation;
  targetKind: AuditTargetKind;
  targetId: string;
  /** the target before; undefined when the change created it */
  before?: unknown;
  /** the target after; for a removal, a tombstone saying what went */
  after?: unknown;
}

/** JSON of `value`; too long, a JSON object holding its start, so a snapshot always parses. */
export function snapshot(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const json = JSON.stringify(value);
  return json.length <= MAX_SNAPSHOT_CHARS
    ? json
    : JSON.stringify({ truncated: true, length: json.length, start: json.slice(0, MAX_SNAPSHOT_CHARS) });
}

export async function audit(tx: Transaction, by: Principal, change: AuditedChange): Promise<void> {
  const before = snapshot(change.before);
  const after = snapshot(change.after);
  if (before !== undefined && before === after) return;
  await writeAuditEntry(tx, {
    id: randomUUID(),
    at: new Date().toISOString(),
    by,
    operation: change.operation,
    targetKind: change.targetKind,
    targetId: change.targetId,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  });
}

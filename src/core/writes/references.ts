// What every mutation checks before it writes: the ids it links to exist.

import { createHash } from 'node:crypto';
import { NotFoundError } from '../../domain/errors';
import type { Transaction } from '../../store/neo4j/database';
import { missingIds, type NodeLabel } from '../../store/repo/writes';

export async function requireExisting(
  tx: Transaction,
  label: NodeLabel,
  field: string,
  ids: readonly string[],
): Promise<void> {
  const [missing] = await missingIds(tx, label, ids);
  if (missing !== undefined) throw new NotFoundError(label, missing, field);
}

/** A content-derived id part: the same parts always give the same 24 hex digits. */
export function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}

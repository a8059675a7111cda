// The audit trail: one entry per change a caller made, who made it, and the target as it was
// before and after. Snapshots are JSON text, cut at MAX_SNAPSHOT_CHARS so that one entry stays
// small however large its target.

export const AUDIT_OPERATIONS = [
  'UPSERT_ACTOR',
  'UPSERT_SOURCE',
  'RECORD_STATEMENT',
  'RELATE_CLAIMS',
  'SPLIT_STATEMENT_FROM_CLAIM',
  'MERGE_ACTORS',
  'INGEST_ARTICLE',
  'REINGEST_ARTICLE',
  'RETRACT_SOURCE',
  'CORRECT_STATEMENT',
  'RESTORE_SEED',
  'IMPORT_CLAIM_REVIEW',
] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

export const AUDIT_TARGET_KINDS = ['Actor', 'Source', 'Statement', 'Claim', 'ClaimReview', 'Seed'] as const;
export type AuditTargetKind = (typeof AUDIT_TARGET_KINDS)[number];

export const MAX_SNAPSHOT_CHARS = 100_000;

/** Who changed something: an API key's name, a JWT's subject, or a command-line user. */
export type Principal = string;

export interface AuditEntry {
  id: string;
  /** ISO 8601 instant in UTC, millisecond precision (fixed width: it sorts as text) */
  at: string;
  by: Principal;
  operation: AuditOperation;
  targetKind: AuditTargetKind;
  targetId: string;
  /** the target before the change, as JSON; absent when the change created it */
  before?: string;
  /** the target after the change, as JSON; for a removal, what was removed (a tombstone) */
  after?: string;
}

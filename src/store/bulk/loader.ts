// Bulk loading of a GraphDataSet stream into an EMPTY graph: create-only UNWIND batches
// (cypher/queries/bulk-*.cypher), several transactions in flight at once, nodes of a kind
// before the links within that kind. Not idempotent: loading twice duplicates relationships
// and fails on the id constraints, so it refuses a non-empty graph unless told otherwise.

import type { BatchKind, CorpusBatch } from '../../synthetic/corpus';
import type { Database } from '../neo4j/database';
import { cypher } from '../repo/cypher';
import { graphIsEmpty } from '../repo/graph-emptiness';
import { type BulkQuery, batchRows } from './rows';

export interface BulkLoadOptions {
  /** transactions in flight at once */
  concurrency?: number;
  /** rows per transaction for deferred links (node batches keep the generator's size) */
  linkBatchSize?: number;
  /** load into a graph that already holds data (ids must not collide) */
  allowNonEmpty?: boolean;
  onProgress?: (progress: BulkProgress) => void;
}

export interface BulkProgress {
  kind: BatchKind;
  /** rows of `kind` written so far */
  rows: number;
  statements: number;
}

export interface BulkLoadReport {
  /** entities written per kind */
  counts: Partial<Record<BatchKind, number>>;
  /** milliseconds per phase (nodes and their deferred links) */
  phaseMs: Partial<Record<BatchKind, number>>;
  totalMs: number;
  statementsPerSecond: number;
}

export class NonEmptyGraphError extends Error {
  /** `offline`: the offline importer replaces the database, so no option lets it load over data. */
  constructor(offline = false) {
    super(
      offline
        ? 'The graph is not empty. The offline importer replaces the whole database; empty it first (npm run db:reset).'
        : 'The graph is not empty. The bulk loader creates without merging and would duplicate data; ' +
            'empty it first (npm run db:reset), or pass --allow-non-empty if the ids cannot collide.',
    );
  }
}

/** Runs tasks with at most `limit` in flight; the first failure stops new work and is thrown. */
class Pool {
  private readonly running = new Set<Promise<void>>();
  private failure: unknown;

  constructor(private readonly limit: number) {}

  async submit(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    this.check();
    const promise: Promise<void> = task()
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  async drain(): Promise<void> {
    await Promise.all(this.running);
    this.check();
  }

  private check(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export async function bulkLoad(
  db: Database,
  batches: Iterable<CorpusBatch>,
  options: BulkLoadOptions = {},
): Promise<BulkLoadReport> {
  if (!options.allowNonEmpty && !(await graphIsEmpty(db))) throw new NonEmptyGraphError();
  const pool = new Pool(options.concurrency ?? 2);
  const linkBatchSize = options.linkBatchSize ?? 10_000;
  const counts: Partial<Record<BatchKind, number>> = {};
  const phaseMs: Partial<Record<BatchKind, number>> = {};
  const started = Date.now();
  let phase:
    | { kind: BatchKind; started: number; deferred: Map<BulkQuery, Record<string, unknown>[]> }
    | undefined;

  const write = (query: BulkQuery, rows: Record<string, unknown>[], after?: () => void) =>
    pool.submit(async () => {
      await db.write(`bulk.${query}`, (tx) => tx.run(cypher(query), { rows }));
      after?.();
    });

  const endPhase = async () => {
    if (!phase) return;
    await pool.drain();
    for (const [query, rows] of phase.deferred) {
      for (const chunk of chunks(rows, linkBatchSize)) await write(query, chunk);
    }
    await pool.drain();
    phaseMs[phase.kind] = Date.now() - phase.started;
  };

  for (const batch of batches) {
    if (phase?.kind !== batch.kind) {
      await endPhase();
      phase = { kind: batch.kind, started: Date.now(), deferred: new Map() };
    }
    const { query, rows, deferred } = batchRows(batch.kind, batch.data);
    if (deferred && deferred.rows.length > 0) {
      const held = phase.deferred.get(deferred.query) ?? [];
      for (const row of deferred.rows) held.push(row);
      phase.deferred.set(deferred.query, held);
    }
    const kind = batch.kind;
    await write(query, rows, () => {
      counts[kind] = (counts[kind] ?? 0) + rows.length;
      options.onProgress?.({ kind, rows: counts[kind] ?? 0, statements: counts.statements ?? 0 });
    });
  }
  await endPhase();
  const totalMs = Date.now() - started;
  return {
    counts,
    phaseMs,
    totalMs,
    statementsPerSecond: Math.round(((counts.statements ?? 0) * 1000) / Math.max(1, totalMs)),
  };
}

// The fast path for a first load into the LOCAL Neo4j: the corpus becomes CSV files, Neo4j's
// offline importer builds the store from them while the database is stopped, then the
// database starts and the migrations create every constraint and index over the loaded data
// (waiting until they are online). Batched UNWIND transactions (loader.ts) cannot get near
// this: a transaction pays for locks, index upkeep and the log row by row, the importer
// writes store files directly. The price: only an empty local database, which it replaces.

import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../../platform/config';
import type { Logger } from '../../platform/logger';
import { type BatchKind, generateCorpus } from '../../synthetic/corpus';
import type { Corpus } from '../../synthetic/entities';
import { connect } from '../neo4j/connect';
import {
  boltAnswers,
  defaultHome,
  readPidFile,
  stopRecordedNeo4j,
  storeDirectory,
} from '../neo4j/local-neo4j';
import { cypher } from '../repo/cypher';
import { graphIsEmpty } from '../repo/graph-emptiness';
import { type ImportFileSet, ImportFileWriter } from './import-files';
import type { StatementPartJob, StatementPartMessage } from './import-worker';
import { NonEmptyGraphError } from './loader';
import { runImportTool } from './neo4j-import';

export type OfflineStage = 'files' | 'import' | 'indexes';

export interface OfflineLoadOptions {
  config: AppConfig;
  log: Logger;
  /** rows written to the CSV files so far, by kind */
  onRows?: (kind: BatchKind, rows: number) => void;
  /** a new stage begins; `line` carries the importer's own progress output */
  onStage?: (stage: OfflineStage, line?: string) => void;
}

export interface OfflineLoadReport {
  counts: Partial<Record<BatchKind, number>>;
  /** milliseconds per stage */
  stageMs: Record<OfflineStage, number>;
  /** until the database answered with every index online */
  readyMs: number;
  /** readyMs plus stopping the database again */
  totalMs: number;
  /** statements per second of readyMs */
  statementsPerSecond: number;
}

export class OfflineLoadUnavailableError extends Error {}

/**
 * The local home must hold no data, and its Neo4j must be stopped while the importer runs.
 * A running instance of this home is checked and stopped; one started elsewhere is refused.
 */
async function ensureEmptyAndStopped(config: AppConfig, home: string, log: Logger): Promise<void> {
  const answering = await boltAnswers(config.neo4j.localPort);
  if (answering && readPidFile(home)?.port !== config.neo4j.localPort) {
    throw new OfflineLoadUnavailableError(
      `A Neo4j that was not started from ${home} answers on port ${config.neo4j.localPort}; ` +
        'stop it, or choose NEO4J_HOME / NEO4J_PORT of the local database to replace.',
    );
  }
  if (!answering && !existsSync(storeDirectory(home))) return;
  const connection = await connect(config, log);
  try {
    if (!(await graphIsEmpty(connection.db))) throw new NonEmptyGraphError(true);
  } finally {
    await connection.close();
  }
  if (answering) await stopRecordedNeo4j(home);
}

/** Statement CSV parts written by worker threads, one contiguous range each. */
function statementParts(
  corpus: Corpus,
  dir: string,
  publishedAt: Map<string, string | undefined>,
  onRows: (rows: number) => void,
): Promise<ImportFileSet[]> {
  const total = corpus.spec.statements;
  const workers = Math.max(1, Math.min(availableParallelism(), 8));
  // Run from TypeScript (tsx, ts-jest), the worker is TypeScript too and registers tsx itself.
  const file = join(__dirname, `import-worker${extname(__filename)}`);
  const execArgv = file.endsWith('.ts') ? ['--require', 'tsx/cjs'] : undefined;
  return Promise.all(
    Array.from({ length: workers }, (_, index) => {
      const job: StatementPartJob = {
        spec: corpus.spec,
        start: Math.floor((total * index) / workers),
        end: Math.floor((total * (index + 1)) / workers),
        dir,
        part: String(index + 1),
        publishedAt,
      };
      return new Promise<ImportFileSet>((resolve, reject) => {
        const worker = new Worker(file, { workerData: job, ...(execArgv ? { execArgv } : {}) });
        let files: ImportFileSet | undefined;
        worker.on('message', (message: StatementPartMessage) => {
          if ('rows' in message) onRows(message.rows);
          else files = message.files;
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          files && code === 0
            ? resolve(files)
            : reject(new Error(`statement CSV worker ${index + 1} exited with code ${code}`)),
        );
      });
    }),
  );
}

export async function offlineBulkLoad(
  corpus: Corpus,
  options: OfflineLoadOptions,
): Promise<OfflineLoadReport> {
  const { config, log } = options;
  if (config.neo4j.uri) {
    throw new OfflineLoadUnavailableError(
      'The offline import writes the store files of the local Neo4j and cannot reach a server at ' +
        `NEO4J_URI (${config.neo4j.uri}). Unset NEO4J_URI, or load without --offline.`,
    );
  }
  const home = config.neo4j.localHome ?? defaultHome();
  const started = Date.now();
  await ensureEmptyAndStopped(config, home, log);

  const csvDir = join(home, 'import-csv');
  rmSync(csvDir, { recursive: true, force: true });
  mkdirSync(csvDir, { recursive: true });
  const stageMs: Record<OfflineStage, number> = { files: 0, import: 0, indexes: 0 };
  const counts: Partial<Record<BatchKind, number>> = {};
  try {
    let stageStart = Date.now();
    options.onStage?.('files');
    const count = (kind: BatchKind, rows: number) => {
      counts[kind] = (counts[kind] ?? 0) + rows;
      options.onRows?.(kind, counts[kind] ?? 0);
    };
    const writer = new ImportFileWriter(csvDir);
    const writeKinds = (kinds: BatchKind[]) => {
      for (const batch of generateCorpus(corpus, kinds)) {
        writer.write(batch);
        count(batch.kind, (batch.data[batch.kind] as unknown[]).length);
      }
    };
    // Statements need the sources' dates; the rest is written here while workers write them.
    writeKinds(['topics', 'actors', 'sources']);
    const parts = statementParts(corpus, csvDir, writer.publishedAt, (rows) => count('statements', rows));
    writeKinds(['claims', 'claimLinks', 'stances']);
    const own = writer.close();
    const files: ImportFileSet = { nodes: [...own.nodes], relationships: [...own.relationships] };
    for (const part of await parts) {
      files.nodes.push(...part.nodes);
      files.relationships.push(...part.relationships);
    }
    stageMs.files = Date.now() - stageStart;

    stageStart = Date.now();
    options.onStage?.('import');
    await runImportTool({ home, files, onOutput: (line) => options.onStage?.('import', line) });
    stageMs.import = Date.now() - stageStart;
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }

  const stageStart = Date.now();
  options.onStage?.('indexes');
  // Starting the database applies the migrations: constraints and indexes are built over the
  // imported data, and the migrations wait until every index is online.
  const connection = await connect(config, log, { indexesFirst: true });
  let readyMs: number;
  try {
    await connection.db.write('bulk.import-empty-lists', (tx) => tx.run(cypher('bulk-import-empty-lists')));
    readyMs = Date.now() - started;
    stageMs.indexes = Date.now() - stageStart;
  } finally {
    await connection.close();
  }
  return {
    counts,
    stageMs,
    readyMs,
    totalMs: Date.now() - started,
    statementsPerSecond: Math.round(((counts.statements ?? 0) * 1000) / Math.max(1, readyMs)),
  };
}

// npm run bulk-load -- --statements 1000000 [--seed 42] [--batch-size 10000] [--concurrency 2]
//                      [--allow-non-empty] [--offline]
// Generates the synthetic corpus and loads it straight into the configured Neo4j (the local
// one per NEO4J_PORT / NEO4J_HOME, or NEO4J_URI). Refuses a non-empty graph by default.
// --offline: CSV files and Neo4j's offline importer, into an empty local database only.

import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../platform/config';
import { consoleLogger } from '../platform/logger';
import { bulkLoad, NonEmptyGraphError } from '../store/bulk/loader';
import { offlineBulkLoad } from '../store/bulk/offline-load';
import { connect } from '../store/neo4j/connect';
import { graphIsEmpty } from '../store/repo/graph-emptiness';
import { corpusCounts, generateCorpus } from '../synthetic/corpus';
import { corpusSpec } from '../synthetic/corpus-spec';
import { Corpus } from '../synthetic/entities';
import { intArg, parseArgs } from './bulk-args';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const spec = corpusSpec({
    statements: intArg(args, 'statements', 1_000_000),
    seed: intArg(args, 'seed', 42),
    batchSize: intArg(args, 'batch-size', 10_000),
  });
  const concurrency = intArg(args, 'concurrency', 2);
  const corpus = new Corpus(spec);
  const counts = corpusCounts(corpus);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (args.has('offline')) {
    if (args.has('allow-non-empty')) {
      throw new Error(
        '--offline replaces the whole database and takes no --allow-non-empty; empty it first (npm run db:reset).',
      );
    }
    return offline(corpus, total);
  }
  const connection = await connect(loadConfig(), consoleLogger);
  // Refuse before drawing any progress: a bar that starts and then stops on a refusal misleads.
  if (!args.has('allow-non-empty') && !(await graphIsEmpty(connection.db))) {
    await connection.close();
    throw new NonEmptyGraphError();
  }
  const bar = new SingleBar(
    {
      format: ' {bar} {percentage}% | {kind} | {value}/{total} rows | {rate} statements/s | {duration}s',
      // Progress also reaches logs and CI, every 5 s, when stdout is not a terminal.
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    Presets.shades_classic,
  );
  try {
    console.log(
      `Loading ${spec.statements} statements, ${spec.actors} actors, ${spec.sources} sources, ` +
        `${spec.claims} claims, ${spec.topics} topics (seed ${spec.seed}, batch ${spec.batchSize}, ` +
        `concurrency ${concurrency})…`,
    );
    const done: Record<string, number> = {};
    const started = Date.now();
    bar.start(total, 0, { kind: '-', rate: 0 });
    const report = await bulkLoad(connection.db, generateCorpus(corpus), {
      concurrency,
      // Emptiness was checked above, before any progress was drawn.
      allowNonEmpty: true,
      onProgress: ({ kind, rows, statements }) => {
        done[kind] = rows;
        const seconds = (Date.now() - started) / 1000;
        bar.update(
          Object.values(done).reduce((sum, n) => sum + n, 0),
          { kind, rate: Math.round(statements / Math.max(seconds, 0.001)) },
        );
      },
    });
    bar.stop();
    const phases = Object.entries(report.phaseMs)
      .map(([kind, ms]) => `${kind} ${(ms / 1000).toFixed(1)} s`)
      .join(', ');
    console.log(
      `Loaded in ${(report.totalMs / 1000).toFixed(1)} s: ${report.statementsPerSecond} statements/s overall.`,
    );
    console.log(`Phases: ${phases}.`);
    const statementMs = report.phaseMs.statements ?? 0;
    if (statementMs > 0) {
      console.log(
        `Statement phase alone: ${Math.round(((report.counts.statements ?? 0) * 1000) / statementMs)} statements/s.`,
      );
    }
  } finally {
    bar.stop();
    await connection.close();
  }
}

const IMPORTER_MILESTONE = /^\(\d\/\d\)|COMPLETED in|IMPORT DONE|^\s+\d+ (nodes|relationships)$/;

async function offline(corpus: Corpus, total: number): Promise<void> {
  const { spec } = corpus;
  console.log(
    `Loading ${spec.statements} statements (seed ${spec.seed}) offline: CSV files, then Neo4j's importer, ` +
      'then constraints and indexes…',
  );
  const bar = new SingleBar(
    {
      format: ' {bar} {percentage}% | CSV files | {kind} | {value}/{total} rows | {duration}s',
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    Presets.shades_classic,
  );
  const done: Record<string, number> = {};
  try {
    const report = await offlineBulkLoad(corpus, {
      config: loadConfig(),
      log: consoleLogger,
      onStage: (stage, line) => {
        if (stage === 'files') bar.start(total, 0, { kind: '-' });
        else if (line === undefined) {
          bar.stop();
          console.log(
            stage === 'import' ? "Neo4j's offline importer:" : 'Starting Neo4j: constraints and indexes…',
          );
        } else if (IMPORTER_MILESTONE.test(line)) console.log(`  ${line.trim()}`);
      },
      onRows: (kind, rows) => {
        done[kind] = rows;
        bar.update(
          Object.values(done).reduce((sum, n) => sum + n, 0),
          { kind },
        );
      },
    });
    const stages = Object.entries(report.stageMs)
      .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`)
      .join(', ');
    console.log(
      `Loaded with every index online in ${(report.readyMs / 1000).toFixed(1)} s: ` +
        `${report.statementsPerSecond} statements/s overall (the database stopped again at ${(report.totalMs / 1000).toFixed(1)} s).`,
    );
    console.log(`Stages: ${stages}.`);
  } finally {
    bar.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

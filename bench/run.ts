// npm run bench -- [--statements 1000000] [--seconds 10] [--warmup 15] [--connections 1,8,32] [--ops trace,search]
// One dedicated Neo4j (port 7700, .neo4j-bench/, APOC from tools/neo4j/plugins) holding the
// synthetic corpus (imported offline on first use), five canonical operations, three ways:
// claimgraph, @neo4j/graphql, hand-written Cypher. Writes bench/RESULTS.md, results.json and
// throughput.svg.

import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { MultiBar, Presets } from 'cli-progress';
import type { Driver } from 'neo4j-driver';
import { intArg, parseArgs } from '../src/cli/bulk-args';
import { loadConfig } from '../src/platform/config';
import { type Logger, silentLogger } from '../src/platform/logger';
import { projectRoot } from '../src/platform/project-root';
import { bulkLoad } from '../src/store/bulk/loader';
import { offlineBulkLoad } from '../src/store/bulk/offline-load';
import { createDatabase, createDriver } from '../src/store/neo4j/database';
import { startLocalNeo4j, storeDirectory } from '../src/store/neo4j/local-neo4j';
import { applyMigrations } from '../src/store/neo4j/migrations';
import { generateCorpus } from '../src/synthetic/corpus';
import { corpusSpec } from '../src/synthetic/corpus-spec';
import { Corpus } from '../src/synthetic/entities';
import { describeEnvironment } from './environment';
import { runCell } from './load-test';
import { measureWay, prepareForReplanning } from './measure';
import { operations, WAYS, type Way } from './operations';
import { type BenchResults, ratioLines, writeReport } from './report';
import { compileServers, type ServerProcess, spawnServer } from './servers/spawn';
import { UNTHROTTLED } from './unthrottled';

const BOLT_PORT = 7700;
const SERVER_PORTS: Record<Way, number> = { claimgraph: 4401, 'neo4j-graphql': 4402, cypher: 4403 };

/**
 * Waits until Neo4j runs no query but this one: requests still in flight when a cell ends
 * would otherwise eat into the next cell.
 */
async function quiet(driver: Driver): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const result = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS busy",
    );
    if (Number(result.records[0]?.get('busy')) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** First run on this data dir: the offline import, minutes faster than UNWIND transactions. */
async function importCorpus(home: string, statements: number, log: Logger): Promise<void> {
  console.log(
    `Importing the ${statements.toLocaleString('en')}-statement corpus (first run on this data dir)…`,
  );
  const base = loadConfig();
  const report = await offlineBulkLoad(new Corpus(corpusSpec({ statements })), {
    config: { ...base, neo4j: { ...base.neo4j, uri: undefined, localHome: home, localPort: BOLT_PORT } },
    log,
    onStage: (stage, line) => {
      if (line === undefined) console.log(`  ${stage}…`);
    },
  });
  console.log(
    `Imported in ${(report.totalMs / 1000).toFixed(1)} s (${report.statementsPerSecond} statements/s).`,
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const statements = intArg(args, 'statements', 1_000_000);
  const seconds = intArg(args, 'seconds', 10);
  // A freshly started Neo4j needs tens of seconds of load before its page cache holds the
  // pages an operation reads and its JIT has compiled the plans: 2 s of warm-up measured a
  // trace floor at a fifth of its settled throughput.
  const warmup = intArg(args, 'warmup', 15);
  const connections = (args.get('connections') ?? '1,8,32').split(',').map(Number);
  const heap = process.env.NEO4J_HEAP ?? '3g';
  const pageCache = process.env.NEO4J_PAGECACHE ?? '3g';
  const log = { ...silentLogger, info: (m: string) => console.log(m) };

  const home = join(projectRoot(), '.neo4j-bench');
  if (!existsSync(storeDirectory(home))) await importCorpus(home, statements, log);
  const local = await startLocalNeo4j({
    port: BOLT_PORT,
    home,
    heap,
    pageCache,
    log,
  });
  const base = loadConfig({
    ...process.env,
    ...UNTHROTTLED,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  });
  const config = { ...base, neo4j: { ...base.neo4j, uri: local.uri } };
  const driver = createDriver(config.neo4j);
  const db = createDatabase(driver, config.neo4j.database);
  const servers: ServerProcess[] = [];
  try {
    await applyMigrations(db, silentLogger);
    const counted = await db.read('bench.count', 'MATCH (s:Statement) RETURN count(s) AS n');
    const present = Number(counted.records[0]?.get('n'));
    if (present === 0) {
      console.log(
        `Loading the ${statements.toLocaleString('en')}-statement corpus (first run on this data dir)…`,
      );
      const report = await bulkLoad(db, generateCorpus(corpusSpec({ statements, batchSize: 5000 })), {
        concurrency: 2,
        onProgress: ({ kind, rows }) => {
          if (rows % 100_000 === 0) console.log(`  ${kind}: ${rows}`);
        },
      });
      console.log(
        `Loaded in ${(report.totalMs / 1000).toFixed(1)} s (${report.statementsPerSecond} statements/s).`,
      );
    } else if (present !== statements) {
      throw new Error(
        `.neo4j-bench holds ${present} statements, not ${statements}: stop it (NEO4J_PORT=7700 NEO4J_HOME=.neo4j-bench npm run db:stop) and delete .neo4j-bench/, or pass --statements ${present}`,
      );
    }

    await prepareForReplanning(db);
    const environment = await describeEnvironment(driver, heap, pageCache);
    const notes: string[] = [];
    let ways: Way[] = [...WAYS];
    if (environment.apoc.startsWith('not available')) {
      ways = ways.filter((way) => way !== 'neo4j-graphql');
      notes.push(`@neo4j/graphql skipped: APOC ${environment.apoc}`);
    }
    const only = args.get('ops')?.split(',');
    const ops = operations(statements).filter((op) => !only || only.includes(op.name));

    console.log('Measuring round trips and db hits (PROFILE)…');
    const measured: BenchResults['measured'] = {};
    for (const way of ways) {
      measured[way] = Object.fromEntries(await measureWay(way, driver, config, ops));
    }

    console.log('Compiling the servers…');
    compileServers();
    for (const way of ways) servers.push(await spawnServer(way, SERVER_PORTS[way], local.uri, statements));
    const peakRssMb: Record<string, number> = {};
    const cells: BenchResults['cells'] = {};
    const total = ops.length * connections.length * ways.length;
    const bars = new MultiBar(
      {
        format: ' {bar} {value}/{total} cells | ETA {eta_formatted} | {cell}',
        clearOnComplete: false,
        noTTYOutput: true,
        notTTYSchedule: 10_000,
      },
      Presets.shades_classic,
    );
    const bar = bars.create(total, 0, { cell: 'warming up' });
    for (const op of ops) {
      for (const server of servers) {
        await runCell(server.way, server.port, op, 8, warmup);
        await quiet(driver);
      }
      for (const c of connections) {
        for (const server of servers) {
          bar.update({ cell: `${op.name} ${server.way} c=${c}` });
          let peak = 0;
          const sampler = setInterval(() => {
            peak = Math.max(peak, server.rssMb());
          }, 250);
          const result = await runCell(server.way, server.port, op, c, seconds);
          clearInterval(sampler);
          peakRssMb[server.way] = Math.max(peakRssMb[server.way] ?? 0, peak);
          await quiet(driver);
          const byWay = cells[op.name] ?? {};
          cells[op.name] = byWay;
          byWay[server.way] = { ...byWay[server.way], [c]: result };
          bars.log(
            `${op.name.padEnd(13)} ${server.way.padEnd(14)} c=${String(c).padEnd(3)} ${result.throughput.toFixed(1).padStart(7)} req/s  p50 ${result.p50.toFixed(1)} p95 ${result.p95.toFixed(1)} p99 ${result.p99.toFixed(1)} ms  errors ${result.errors}\n`,
          );
          bar.increment();
        }
      }
    }
    bars.stop();
    environment.loadAfter = loadavg();
    const results: BenchResults = {
      command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
        ' ',
      ),
      statements,
      seconds,
      warmupSeconds: warmup,
      connections,
      ways,
      operations: ops.map((op) => ({ name: op.name, title: op.title })),
      environment,
      cells,
      measured,
      peakRssMb,
      notes,
    };
    writeReport(__dirname, results);
    console.log('\nRatios (claimgraph / @neo4j/graphql throughput, claimgraph / floor p50):');
    for (const line of ratioLines(results)) console.log(`  ${line}`);
    console.log('\nWrote bench/RESULTS.md, bench/results.json, bench/throughput.svg');
  } finally {
    for (const server of servers) await server.stop();
    await db.close();
    await local.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

// npm run bench:ingest [-- --articles N --warmup N --workers 1,2,4 --concurrency 8
// --group-sizes 1,8]: ingestion
// end to end on this machine, into a throw-away local Neo4j, with a throw-away Debian
// redis-server: first today's path (one process ingesting one article after another and
// announcing its statements, the baseline, measured in the same run), then
// the queue with 1, 2 and 4 worker processes, each count once per group size (how many
// articles a worker writes in one transaction: 1 is each alone). Each phase ingests fresh ~800-word synthetic
// articles (no duplicates), timed from the first enqueue to the last job done, after a warm-up
// (--warmup articles, untimed: Neo4j's JIT compiles its query code during the first few
// hundred queries, and would otherwise bill the baseline for it). Each phase's CPU is split
// between Neo4j and the ingesting processes, read from /proc: on a shared two-core machine the
// throughput stops where both cores are busy, and the split says which side fills them.

import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { inProcessEventBus } from '../src/bus/event-bus';
import { ingestQueue, untilSettled } from '../src/bus/ingest-queue';
import { announcementsSettled } from '../src/core/events/announce-statements';
import { articleWriteGroup } from '../src/core/ingest/article-write-group';
import {
  type IngestOutcome,
  ingestArticle,
  type ValidArticle,
  validateArticle,
} from '../src/core/ingest/ingest-article';
import { extractStatements } from '../src/extract';
import { loadConfig } from '../src/platform/config';
import { silentLogger } from '../src/platform/logger';
import { createDatabase, createDriver } from '../src/store/neo4j/database';
import { startLocalNeo4j } from '../src/store/neo4j/local-neo4j';
import { applyMigrations } from '../src/store/neo4j/migrations';
import { freePort } from '../test/support/free-port';
import { startRedis } from '../test/support/redis';
import { type PhaseCpu, phaseCpuMeter } from './process-cpu';
import { spawnWorker, waitForLine } from './servers/api-process';
import { type SyntheticArticle, syntheticArticles } from './synthetic-articles';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const ARTICLES = Number(option('articles', '300'));
const WORKER_COUNTS = option('workers', '1,2,4').split(',').map(Number);
const CONCURRENCY = Number(option('concurrency', '8'));
const GROUP_SIZES = option('group-sizes', '1,8').split(',').map(Number);
const WARMUP = Number(option('warmup', '50'));
const CORES = availableParallelism();

function asInput(article: SyntheticArticle, url: string): ValidArticle {
  return validateArticle({
    text: article.text,
    title: article.title,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    url,
  });
}

function bar(label: string, total: number): SingleBar {
  const progress = new SingleBar(
    {
      format: `${label.padEnd(24)} {bar} {value}/{total} articles`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    Presets.shades_classic,
  );
  progress.start(total, 0);
  return progress;
}

async function main(): Promise<void> {
  const base = loadConfig();
  const home = mkdtempSync(join(tmpdir(), 'claimgraph-bench-queue-'));
  const neo4j = await startLocalNeo4j({ port: await freePort(), home, log: silentLogger });
  const redis = await startRedis();
  const neo4jConfig = { ...base.neo4j, uri: neo4j.uri };
  const db = createDatabase(createDriver(neo4jConfig), base.neo4j.database);
  interface Row extends PhaseCpu {
    phase: string;
    articles: number;
    seconds: number;
  }
  const rows: Row[] = [];
  const neo4jPid = neo4j.pid;
  if (neo4jPid === undefined) throw new Error('the benchmark needs the pid of the Neo4j it started');
  let seed = 1;
  const fresh = (count: number) => {
    const articles = syntheticArticles(count, seed);
    const first = seed;
    seed += count;
    return articles.map((article, index) => asInput(article, `https://bench.example/queue/${first + index}`));
  };
  try {
    await applyMigrations(db, silentLogger);

    // The baseline announces its statements as the API does (in process), as the workers do.
    const events = inProcessEventBus(silentLogger);
    const warmup = fresh(WARMUP);
    const warming = bar('warm-up (untimed)', warmup.length);
    // Half one at a time, half in groups, so that neither way of writing is billed for the
    // compiling its first few hundred transactions cause.
    const half = Math.ceil(warmup.length / 2);
    for (const [index, article] of warmup.slice(0, half).entries()) {
      await ingestArticle(db, article, 'bench', events);
      warming.update(index + 1);
    }
    const warmupGroup = articleWriteGroup(db, { maxArticles: Math.max(...GROUP_SIZES) });
    for (let start = half; start < warmup.length; start += CONCURRENCY) {
      const chunk = warmup.slice(start, start + CONCURRENCY);
      await Promise.all(
        chunk.map((article) => ingestArticle(db, article, 'bench', events, { writeGroup: warmupGroup })),
      );
      warming.update(start + chunk.length);
    }
    warming.stop();

    // Where a sequential ingest's time goes: extraction alone, on the same articles.
    const baseline = fresh(ARTICLES);
    const extractionStarted = process.hrtime.bigint();
    for (const article of baseline) extractStatements(article);
    const extractionSeconds = Number(process.hrtime.bigint() - extractionStarted) / 1e9;
    let roundTrips = 0;
    const stopCounting = db.addQueryListener(() => {
      roundTrips += 1;
    });
    const sequential = bar('one process, in turn', baseline.length);
    const baselineCpu = phaseCpuMeter(neo4jPid, [process.pid]);
    const started = process.hrtime.bigint();
    for (const [index, article] of baseline.entries()) {
      await ingestArticle(db, article, 'bench', events);
      sequential.update(index + 1);
    }
    await announcementsSettled(events);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    sequential.stop();
    stopCounting();
    rows.push({
      phase: 'baseline: one process, one article at a time',
      articles: baseline.length,
      seconds,
      ...baselineCpu(),
    });

    const queue = ingestQueue<ValidArticle, IngestOutcome>(redis.url, {
      ...base.queue,
      concurrency: CONCURRENCY,
    });
    const phases = GROUP_SIZES.flatMap((groupSize) => WORKER_COUNTS.map((count) => ({ groupSize, count })));
    for (const { groupSize, count } of phases) {
      const workers: ChildProcess[] = [];
      for (let i = 0; i < count; i++) {
        workers.push(
          spawnWorker({
            ...process.env,
            NEO4J_URI: neo4j.uri,
            CLAIMGRAPH_REDIS_URL: redis.url,
            CLAIMGRAPH_WORKER_CONCURRENCY: String(CONCURRENCY),
            CLAIMGRAPH_WORKER_GROUP_SIZE: String(groupSize),
            NODE_ENV: 'production',
          }),
        );
      }
      await Promise.all(workers.map((child) => waitForLine(child, /claimgraph worker ready/, 60_000)));
      const articles = fresh(ARTICLES);
      const progress = bar(
        `queue, ${count} worker${count === 1 ? '' : 's'}, groups ≤ ${groupSize}`,
        articles.length,
      );
      const phaseCpu = phaseCpuMeter(
        neo4jPid,
        workers.map((child) => child.pid as number),
      );
      const enqueuedAt = process.hrtime.bigint();
      const views = await queue.enqueue(articles.map((article) => ({ article, by: 'bench' })));
      let done = 0;
      await untilSettled(
        queue,
        views.map((view) => view.id),
        (view) => {
          if (view.state === 'FAILED') throw new Error(`job ${view.id} failed: ${view.error}`);
          progress.update(++done);
        },
        100,
      );
      const queueSeconds = Number(process.hrtime.bigint() - enqueuedAt) / 1e9;
      const cpu = phaseCpu();
      progress.stop();
      rows.push({
        phase: `queue: ${count} worker process${count === 1 ? '' : 'es'} × ${CONCURRENCY} jobs, ${groupSize === 1 ? 'each article alone' : `≤ ${groupSize} articles per transaction`}`,
        articles: articles.length,
        seconds: queueSeconds,
        ...cpu,
      });
      await Promise.all(
        workers.map(
          (child) =>
            new Promise((resolve) => {
              child.once('exit', resolve);
              child.kill('SIGTERM');
            }),
        ),
      );
    }
    await queue.close();

    const rate = (row: { articles: number; seconds: number }) => row.articles / row.seconds;
    const baselineRate = rate(rows[0] as (typeof rows)[number]);
    const perArticle = (cpu: number, row: { articles: number }) => ((cpu / row.articles) * 1000).toFixed(1);
    console.log(
      `\nIngestion, ~800-word synthetic articles, ${ARTICLES} per phase after ${WARMUP} warm-up articles, ` +
        `this machine (${CORES} cores):\n`,
    );
    console.log(
      '| phase | articles/s | × baseline | Neo4j CPU ms/article | of it JIT | ingest CPU ms/article | cores busy |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) {
      const busy = (row.neo4jCpu + row.ingestCpu) / (row.seconds * CORES);
      console.log(
        `| ${row.phase} | ${rate(row).toFixed(1)} | ${(rate(row) / baselineRate).toFixed(2)} | ` +
          `${perArticle(row.neo4jCpu, row)} | ${perArticle(row.jitCpu, row)} | ${perArticle(row.ingestCpu, row)} | ` +
          `${(busy * 100).toFixed(0)}% |`,
      );
    }
    console.log(
      `\nBaseline, per article: ${((seconds / baseline.length) * 1000).toFixed(1)} ms in all, ` +
        `${((extractionSeconds / baseline.length) * 1000).toFixed(1)} ms of it extraction (CPU), ` +
        `${(roundTrips / baseline.length).toFixed(1)} Neo4j round trips.`,
    );
  } finally {
    await db.close();
    await neo4j.stop();
    await redis.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

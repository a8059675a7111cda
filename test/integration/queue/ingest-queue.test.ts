// The ingest queue on a real Redis with real worker processes: ingestArticles answers job ids
// at once and workers ingest them (announcing on the bus), the same article is one job, a
// worker killed mid-job loses no article and duplicates none (nor, killed after its commit,
// the announcement of its statements), and a poison article fails with its reason without
// stopping the queue.

import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { spawnWorker, waitForLine } from '../../../bench/servers/api-process';
import type { ApiIngestQueue } from '../../../src/api/queue';
import { CHANNELS, type EventBus, redisEventBus } from '../../../src/bus/event-bus';
import { INGEST_QUEUE, ingestQueue } from '../../../src/bus/ingest-queue';
import type { StatementAddedEvent } from '../../../src/domain/events';
import { silentLogger } from '../../../src/platform/logger';
import { resetToSeed } from '../../support/graph-state';
import { type Harness, openHarness, testConfig } from '../../support/harness';
import { startRedis, type TestRedis } from '../../support/redis';
import { subscribeSse } from '../../support/sse';
import { TEST_URI_ENV } from '../../support/test-database';

const ENQUEUE = `mutation ($inputs: [IngestArticleInput!]!) { ingestArticles(inputs: $inputs) { id state } }`;
const JOB = `query ($id: ID!) {
  ingestJob(id: $id) { id state attempts error result { duplicate source { id url } statements { id speaker { name } } } }
}`;

interface JobAnswer {
  id: string;
  state: string;
  attempts: number;
  error: string | null;
  result: {
    duplicate: boolean;
    source: { id: string; url: string };
    statements: { id: string; speaker: { name: string } }[];
  } | null;
}

// Written for this test; no publisher's text. Long enough that a worker is caught mid-job.
function article(series: string, index: number, paragraphs = 3) {
  const title = `${series} ${index}: the tram depot dispute`;
  const body = Array.from(
    { length: paragraphs },
    (_, p) =>
      `"Depot ${index} will stay open through winter ${p}," said Mirela Kovač, the transport councillor. ` +
      `Anton Weiss, who leads the drivers' union, said shift ${p} at depot ${index} had been cut without notice.`,
  );
  return {
    title,
    outlet: 'The Tramline Gazette',
    publishedAt: '2026-11-27',
    url: `https://tramline.example/${series}/${index}`,
    text: [title, ...body].join('\n\n'),
  };
}

function startWorker(redisUrl: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const child = spawnWorker({
    ...process.env,
    NEO4J_URI: process.env[TEST_URI_ENV],
    CLAIMGRAPH_REDIS_URL: redisUrl,
    CLAIMGRAPH_QUEUE_LOCK_MS: '1500',
    CLAIMGRAPH_WORKER_CONCURRENCY: '2',
    NODE_ENV: 'test',
    ...extraEnv,
  });
  return waitForLine(child, /claimgraph worker ready/, 60_000).then(() => child);
}

function stopWorker(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

describe('the ingest queue', () => {
  let redis: TestRedis;
  let queue: ApiIngestQueue;
  let bus: EventBus;
  let harness: Harness;
  let unqueued: Harness;
  const workers: ChildProcess[] = [];

  const job = async (id: string) =>
    (await harness.gql<{ ingestJob: JobAnswer }>(JOB, { id }, { role: 'editor' })).data?.ingestJob;
  const settled = async (ids: string[], timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const jobs = await Promise.all(ids.map(job));
      if (jobs.every((found) => found?.state === 'COMPLETED' || found?.state === 'FAILED'))
        return jobs as JobAnswer[];
      if (Date.now() > deadline)
        throw new Error(`jobs not settled: ${JSON.stringify(jobs.map((found) => found?.state))}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    redis = await startRedis();
    queue = ingestQueue(redis.url, testConfig().queue);
    bus = redisEventBus({ url: redis.url, log: silentLogger });
    harness = openHarness({}, { queue, events: bus });
    unqueued = openHarness({});
    await resetToSeed(harness.db);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => stopWorker(worker, 'SIGKILL')));
    await resetToSeed(harness.db);
    await queue.close();
    await bus.close();
    await harness.close();
    await unqueued.close();
    await redis.stop();
  });

  it('answers QUEUE_UNAVAILABLE (HTTP 503) where no Redis is configured', async () => {
    const refused = await unqueued.gql(ENQUEUE, { inputs: [article('none', 1)] }, { role: 'editor' });
    expect(refused.status).toBe(503);
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUEUE_UNAVAILABLE');
  });

  it('refuses the whole call when one article is invalid, naming it, and enqueues nothing', async () => {
    const refused = await harness.gql(
      ENQUEUE,
      { inputs: [article('bad', 1), { text: '   ' }] },
      { role: 'editor' },
    );
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'inputs[1]' } });
    const connection = new Redis(redis.url);
    const raw = new Queue(INGEST_QUEUE, { connection });
    const counts = await raw.getJobCounts('waiting', 'active', 'completed');
    await raw.close();
    connection.disconnect();
    expect(counts).toEqual({ waiting: 0, active: 0, completed: 0 });
  });

  it('answers job ids at once; a worker ingests them and announces their statements', async () => {
    const subscription = await subscribeSse<{ data?: { statementAdded?: { speaker: { name: string } } } }>(
      (url, init) => Promise.resolve(harness.server.fetch(url, init)),
      'http://claimgraph.test/graphql',
      'subscription { statementAdded(filter: { speaker: "Kovač" }) { speaker { name } } }',
    );
    const inputs = [1, 2, 3].map((index) => article('first', index));
    const enqueued = await harness.gql<{ ingestArticles: { id: string; state: string }[] }>(
      ENQUEUE,
      { inputs },
      { role: 'editor' },
    );
    const ids = enqueued.data?.ingestArticles.map((found) => found.id) ?? [];
    expect(ids).toHaveLength(3);
    expect(enqueued.data?.ingestArticles.every((found) => found.state === 'WAITING')).toBe(true);
    // The same article again is the same job.
    const again = await harness.gql<{ ingestArticles: { id: string }[] }>(
      ENQUEUE,
      { inputs: [inputs[0]] },
      { role: 'editor' },
    );
    expect(again.data?.ingestArticles[0]?.id).toBe(ids[0]);
    workers.push(await startWorker(redis.url));
    const jobs = await settled(ids);
    expect(jobs.map((found) => found.state)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
    expect(jobs.map((found) => found.result?.source.url)).toEqual(inputs.map((input) => input.url));
    expect(jobs.every((found) => (found.result?.statements.length ?? 0) >= 2)).toBe(true);
    expect((await subscription.next(15_000)).data?.statementAdded?.speaker.name).toBe('Mirela Kovač');
    await subscription.close();
  }, 120_000);

  it('loses no article and duplicates none when a worker is killed mid-job', async () => {
    await Promise.all(workers.splice(0).map((worker) => stopWorker(worker)));
    const inputs = Array.from({ length: 8 }, (_, index) => article('killed', index, 60));
    const enqueued = await harness.gql<{ ingestArticles: { id: string }[] }>(
      ENQUEUE,
      { inputs },
      { role: 'editor' },
    );
    const ids = enqueued.data?.ingestArticles.map((found) => found.id) ?? [];
    const doomed = await startWorker(redis.url, { CLAIMGRAPH_WORKER_CONCURRENCY: '1' });
    const deadline = Date.now() + 30_000;
    while (!(await Promise.all(ids.map(job))).some((found) => found?.state === 'ACTIVE')) {
      if (Date.now() > deadline) throw new Error('no job became active');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await stopWorker(doomed, 'SIGKILL');
    workers.push(await startWorker(redis.url));
    const jobs = await settled(ids, 90_000);
    expect(jobs.map((found) => found.state)).toEqual(Array(8).fill('COMPLETED'));
    const stored = await harness.db.read(
      'test.killed-sources',
      `MATCH (src:Source) WHERE src.url IN $urls
       RETURN src.url AS url, count { (src)<-[:REPORTED_IN]-(:Statement) } AS statements, count(*) AS copies`,
      { urls: inputs.map((input) => input.url) },
    );
    const rows = stored.records.map((record) => ({
      url: record.get('url'),
      copies: Number(record.get('copies')),
    }));
    expect(rows.map((row) => row.url).sort()).toEqual(inputs.map((input) => input.url).sort());
    expect(rows.every((row) => row.copies === 1)).toBe(true);
    // Each article's statements exactly once: what its job reports is what the graph holds.
    for (const found of jobs) {
      const count = await harness.db.read(
        'test.killed-statements',
        'MATCH (:Source {url: $url})<-[:REPORTED_IN]-(s:Statement) RETURN count(s) AS n, count(DISTINCT s.text) AS texts',
        { url: found.result?.source.url },
      );
      expect(Number(count.records[0]?.get('n'))).toBe(Number(count.records[0]?.get('texts')));
      expect(Number(count.records[0]?.get('n'))).toBeGreaterThan(0);
    }
  }, 180_000);

  it('announces an article whose worker died after its commit when its job re-runs', async () => {
    await Promise.all(workers.splice(0).map((worker) => stopWorker(worker)));
    const announced = new Set<string>();
    const listener = (event: Event) =>
      announced.add(((event as CustomEvent).detail as StatementAddedEvent).statementId);
    bus.target.addEventListener(CHANNELS['statement-added'], listener);
    const input = article('died-after-commit', 1, 60);
    const enqueued = await harness.gql<{ ingestArticles: { id: string }[] }>(
      ENQUEUE,
      { inputs: [input] },
      { role: 'editor' },
    );
    const id = enqueued.data?.ingestArticles[0]?.id as string;
    const doomed = await startWorker(redis.url, { CLAIMGRAPH_WORKER_CONCURRENCY: '1' });
    // Killed the moment its write is visible: after the commit, before its job completes.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const stored = await harness.db.read(
        'test.committed',
        'MATCH (src:Source {url: $url}) RETURN src.id AS id',
        {
          url: input.url,
        },
      );
      if (stored.records.length > 0) break;
      if (Date.now() > deadline) throw new Error('the doomed worker never committed');
    }
    await stopWorker(doomed, 'SIGKILL');
    workers.push(await startWorker(redis.url));
    const [settledJob] = await settled([id], 90_000);
    expect(settledJob?.state).toBe('COMPLETED');
    const stored = await harness.db.read(
      'test.stored-statements',
      'MATCH (:Source {url: $url})<-[:REPORTED_IN]-(s:Statement) RETURN collect(s.id) AS ids',
      { url: input.url },
    );
    const ids = (stored.records[0]?.get('ids') ?? []) as string[];
    expect(ids.length).toBeGreaterThan(0);
    const until = Date.now() + 10_000;
    while (ids.some((statementId) => !announced.has(statementId)) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    bus.target.removeEventListener(CHANNELS['statement-added'], listener);
    expect(ids.filter((statementId) => !announced.has(statementId))).toEqual([]);
  }, 180_000);

  it('fails a poison article once, with its reason, while the queue goes on', async () => {
    const connection = new Redis(redis.url);
    const raw = new Queue(INGEST_QUEUE, { connection });
    // A job no API would enqueue (an older producer, a hand-made job): its article is invalid.
    await raw.add(
      'ingest',
      { article: { text: '' }, by: 'test:poison' },
      { jobId: 'article-poison', attempts: 3 },
    );
    const good = await harness.gql<{ ingestArticles: { id: string }[] }>(
      ENQUEUE,
      { inputs: [article('after-poison', 1)] },
      { role: 'editor' },
    );
    const [poison, after] = await settled(['article-poison', good.data?.ingestArticles[0]?.id as string]);
    expect(poison).toMatchObject({
      state: 'FAILED',
      attempts: 1,
      error: expect.stringMatching(/^BAD_USER_INPUT: /),
    });
    expect(after?.state).toBe('COMPLETED');
    await raw.close();
    connection.disconnect();
  }, 60_000);
});

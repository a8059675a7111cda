// npm run worker: takes articles off the ingest queue (CLAIMGRAPH_REDIS_URL) and ingests them,
// CLAIMGRAPH_WORKER_CONCURRENCY at a time, writing the articles in hand together in one
// transaction (up to CLAIMGRAPH_WORKER_GROUP_SIZE; each article whole or not at all) and
// announcing the statements it wrote on the event bus before the job completes (a re-run of a job whose worker died
// after its commit announces the stored article again: at least once). Run as many as you
// like, on any machine that reaches Redis and Neo4j. SIGINT/SIGTERM finish the jobs in hand,
// then stop; a killed worker's jobs are retried by the others once their lock lapses
// (CLAIMGRAPH_QUEUE_LOCK_MS).

import { createEventBus } from '../bus/event-bus';
import { bumpOnCommit, redisGraphVersion } from '../bus/graph-version';
import { type IngestJobData, ingestWorker } from '../bus/ingest-queue';
import { redisConnection } from '../bus/redis';
import { announcementsSettled } from '../core/events/announce-statements';
import { articleWriteGroup } from '../core/ingest/article-write-group';
import { type IngestOutcome, ingestArticle, type ValidArticle } from '../core/ingest/ingest-article';
import { loadConfig } from '../platform/config';
import { consoleLogger } from '../platform/logger';
import { runMain, stopOnSignals } from '../platform/shutdown';
import { connect } from '../store/neo4j/connect';

async function main(): Promise<void> {
  const log = consoleLogger;
  const config = loadConfig();
  if (!config.redisUrl) {
    log.error('npm run worker needs the queue: set CLAIMGRAPH_REDIS_URL (e.g. redis://127.0.0.1:6379).');
    process.exit(2);
  }
  const connection = await connect(config, log);
  const events = createEventBus(config.redisUrl, log);
  // The API replicas' response caches key by this version: each article written ends them.
  const versionRedis = redisConnection(config.redisUrl, 'fails-fast');
  bumpOnCommit(connection.db, redisGraphVersion(versionRedis), log);
  const writeGroup = articleWriteGroup(connection.db, { maxArticles: config.queue.groupSize });
  let done = 0;
  let failedTries = 0;
  const worker = ingestWorker<ValidArticle, IngestOutcome>(
    config.redisUrl,
    (data: IngestJobData<ValidArticle>, run) =>
      ingestArticle(connection.db, data.article, data.by, events, {
        awaitAnnouncement: true,
        rerun: run.rerun,
        writeGroup,
      }),
    {
      ...config.queue,
      onCompleted(job, result) {
        done += 1;
        const outcome = result as IngestOutcome;
        const what = outcome.duplicate ? 'already stored' : `${outcome.statementIds.length} statements`;
        log.info(`✓ ${job.id} ${outcome.sourceId}: ${what} (${done} done, ${failedTries} failed tries)`);
      },
      onFailed(job, error) {
        failedTries += 1;
        const final =
          !job || job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
        log.warn(
          `✗ ${job?.id ?? '?'} try ${job?.attemptsMade ?? '?'}${final ? ' (gave up)' : ''}: ${error.message}`,
        );
      },
    },
  );
  log.info(
    `claimgraph worker ready: ${config.queue.concurrency} at a time from ${config.redisUrl.replace(/\/\/[^@]*@/, '//***@')}`,
  );
  stopOnSignals(async (signal) => {
    log.info(`${signal}: finishing the jobs in hand…`);
    await worker.close();
    await announcementsSettled(events);
    await events.close();
    versionRedis.disconnect();
    await connection.close();
  });
}

runMain(main);

// The ingest queue on Redis (BullMQ): editors enqueue articles, any number of worker processes
// (`npm run worker`, on any machine) take them. A job is the article as validated and who sent
// it; its id derives from its content, so the same article enqueued twice is one job. A job a
// killed worker held is retried elsewhere once its lock lapses; each try is one ingest
// transaction, and ingest is idempotent, so a retry writes nothing twice. An article that can
// never be ingested fails at once with its reason; others are tried `attempts` times.

import { createHash } from 'node:crypto';
import { type Job, type JobsOptions, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Principal } from '../domain/audit';
import { ClaimgraphError, ErrorCode, QueueUnavailableError } from '../domain/errors';
import type { QueueConfig } from '../platform/config';
import { redisConnection } from './redis';

export const INGEST_QUEUE = 'claimgraph-ingest';

/** What a job carries: the article as the API validated it, and on whose behalf. */
export interface IngestJobData<Article = unknown> {
  article: Article;
  by: Principal;
}

export type IngestJobState = 'WAITING' | 'ACTIVE' | 'COMPLETED' | 'FAILED' | 'DELAYED';

export interface IngestJobView<Result = unknown> {
  id: string;
  state: IngestJobState;
  /** tries made so far */
  attempts: number;
  result: Result | null;
  error: string | null;
  enqueuedAt: string;
  finishedAt: string | null;
}

const STATES: Record<string, IngestJobState> = {
  waiting: 'WAITING',
  'waiting-children': 'WAITING',
  prioritized: 'WAITING',
  active: 'ACTIVE',
  completed: 'COMPLETED',
  failed: 'FAILED',
  delayed: 'DELAYED',
};

/** The same article (text and metadata) from the same sender is the same job. */
export function ingestJobId(data: IngestJobData): string {
  return `article-${createHash('sha256')
    .update(JSON.stringify([data.by, data.article]))
    .digest('hex')
    .slice(0, 32)}`;
}

export interface IngestQueue<Article, Result> {
  /** adds the jobs (in Redis round trips of at most ENQUEUE_BATCH); their views in input order */
  enqueue(jobs: IngestJobData<Article>[]): Promise<IngestJobView<Result>[]>;
  job(id: string): Promise<IngestJobView<Result> | null>;
  close(): Promise<void>;
}

/**
 * A job as a client sees it. The state must be read before the job's data: read after, a job
 * finishing in between would show COMPLETED without its result.
 */
function viewOf<Result>(job: Job, rawState: string): IngestJobView<Result> {
  const state = STATES[rawState] ?? 'WAITING';
  return {
    id: String(job.id),
    state,
    attempts: job.attemptsMade,
    result: state === 'COMPLETED' ? ((job.returnvalue as Result | undefined) ?? null) : null,
    error: job.failedReason ? String(job.failedReason) : null,
    enqueuedAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

export function ingestQueue<Article, Result>(url: string, config: QueueConfig): IngestQueue<Article, Result> {
  // Enqueueing answers a request: it fails at once while Redis is away.
  const connection = redisConnection(url, 'fails-fast');
  const queue = new Queue(INGEST_QUEUE, { connection });
  queue.on('error', () => {});
  const options: JobsOptions = {
    attempts: config.attempts,
    backoff: { type: 'exponential', delay: 1000 },
    // Kept for a week (completed) or a month (failed), so ingestJob can answer; then gone.
    removeOnComplete: { age: 7 * 86_400, count: 100_000 },
    removeOnFail: { age: 30 * 86_400, count: 100_000 },
  };
  const unavailable = (error: unknown) =>
    new QueueUnavailableError(
      `The ingest queue's Redis cannot be reached: ${error instanceof Error ? error.message : String(error)}`,
    );
  return {
    async enqueue(jobs) {
      const views: IngestJobView<Result>[] = [];
      try {
        for (let start = 0; start < jobs.length; start += ENQUEUE_BATCH) {
          const added = await queue.addBulk(
            jobs
              .slice(start, start + ENQUEUE_BATCH)
              .map((data) => ({ name: 'ingest', data, opts: { ...options, jobId: ingestJobId(data) } })),
          );
          views.push(
            ...(await Promise.all(added.map(async (job) => viewOf<Result>(job, await job.getState())))),
          );
        }
      } catch (error) {
        throw unavailable(error);
      }
      return views;
    },
    async job(id) {
      try {
        const state = await queue.getJobState(id);
        if (state === 'unknown') return null;
        const job = await queue.getJob(id);
        return job ? viewOf<Result>(job, state) : null;
      } catch (error) {
        throw unavailable(error);
      }
    },
    async close() {
      await queue.close().catch(() => {});
      connection.disconnect();
    },
  };
}

const ENQUEUE_BATCH = 100;

/**
 * Waits until every job is COMPLETED or FAILED, polling every `pollMs`, and hands each to
 * `settled` once, as it finishes (the commands that enqueue a folder show progress with it).
 */
export async function untilSettled<Result>(
  queue: Pick<IngestQueue<unknown, Result>, 'job'>,
  ids: readonly string[],
  settled: (view: IngestJobView<Result>) => void,
  pollMs = 250,
): Promise<void> {
  const open = new Set(ids);
  while (open.size > 0) {
    for (const view of await Promise.all([...open].map((id) => queue.job(id)))) {
      if (view && (view.state === 'COMPLETED' || view.state === 'FAILED')) {
        open.delete(view.id);
        settled(view);
      }
    }
    if (open.size > 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export interface IngestWorkerOptions extends QueueConfig {
  onCompleted?(job: Job, result: unknown): void;
  onFailed?(job: Job | undefined, error: Error): void;
}

/** Whether this job was started before: a re-run follows a failure or a dead worker. */
export interface JobRun {
  rerun: boolean;
}

/**
 * A worker running `ingest` on each job. An error that retrying cannot fix (the article breaks
 * the contract) fails the job at once; anything else (the database away) is retried.
 */
export function ingestWorker<Article, Result>(
  url: string,
  ingest: (data: IngestJobData<Article>, run: JobRun) => Promise<Result>,
  options: IngestWorkerOptions,
): { close(): Promise<void>; worker: Worker } {
  // A worker blocks on Redis for its next job and waits out a restart.
  const connection = redisConnection(url, 'waits');
  const worker = new Worker<IngestJobData<Article>, Result>(
    INGEST_QUEUE,
    async (job) => {
      try {
        // Counted when a job becomes active, so a job whose worker was killed counts its start.
        return await ingest(job.data, { rerun: job.attemptsStarted > 1 });
      } catch (error) {
        if (error instanceof ClaimgraphError && error.code === ErrorCode.BAD_USER_INPUT) {
          throw new UnrecoverableError(`${error.code}: ${error.message}`);
        }
        throw error;
      }
    },
    {
      connection,
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: options.lockMs,
      maxStalledCount: options.attempts,
    },
  );
  worker.on('error', () => {});
  if (options.onCompleted) worker.on('completed', options.onCompleted);
  if (options.onFailed) worker.on('failed', options.onFailed);
  return {
    worker,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}

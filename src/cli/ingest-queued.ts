// npm run ingest -- --queue <files or folders>: enqueues the articles for the workers
// (`npm run worker`) and shows progress as they finish, then the same summary as a direct ingest.

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SingleBar } from 'cli-progress';
import { ingestQueue, untilSettled } from '../bus/ingest-queue';
import { parseArticleFile } from '../core/ingest/front-matter';
import { type IngestOutcome, type ValidArticle, validateArticle } from '../core/ingest/ingest-article';
import { loadConfig } from '../platform/config';
import { failureReason } from './input-files';
import { commandLinePrincipal } from './principal';

const POLL_MS = 500;

export async function ingestThroughQueue(files: string[]): Promise<number> {
  const config = loadConfig();
  if (!config.redisUrl) {
    console.error('--queue needs CLAIMGRAPH_REDIS_URL (and `npm run worker` running somewhere).');
    return 2;
  }
  const queue = ingestQueue<ValidArticle, IngestOutcome>(config.redisUrl, config.queue);
  const failures: Array<{ file: string; reason: string }> = [];
  const jobs = new Map<string, string>();
  try {
    const by = commandLinePrincipal();
    const pending: Array<{ file: string; article: ValidArticle }> = [];
    for (const file of files) {
      const shown = relative(process.cwd(), file);
      try {
        pending.push({ file: shown, article: validateArticle(parseArticleFile(readFileSync(file, 'utf8'))) });
      } catch (error) {
        failures.push({ file: shown, reason: failureReason(error) });
      }
    }
    const views = await queue.enqueue(pending.map(({ article }) => ({ article, by })));
    for (const [index, view] of views.entries()) jobs.set(view.id, pending[index]?.file ?? '?');
    console.log(`Enqueued ${jobs.size} articles; waiting for the workers…`);
    const totals = { articles: 0, statements: 0, duplicates: 0 };
    const bar = new SingleBar({
      format:
        'queue [{bar}] {value}/{total} done | {statements} statements | {duplicates} duplicates | {failures} failed',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    });
    bar.start(jobs.size, 0, { statements: 0, duplicates: 0, failures: failures.length });
    const started = Date.now();
    await untilSettled(
      queue,
      [...jobs.keys()],
      (view) => {
        if (view.state === 'FAILED')
          failures.push({ file: jobs.get(view.id) ?? view.id, reason: view.error ?? 'failed' });
        else if (view.result?.duplicate) totals.duplicates += 1;
        else if (view.result) {
          totals.articles += 1;
          totals.statements += view.result.statementIds.length;
        }
        bar.increment({ ...totals, failures: failures.length });
      },
      POLL_MS,
    );
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `\nIngested ${totals.articles} articles, ${totals.statements} statements; ${totals.duplicates} duplicates skipped; ` +
        `${failures.length} failed (${seconds.toFixed(1)} s, ${(jobs.size / Math.max(seconds, 0.001)).toFixed(1)} articles/s).`,
    );
    for (const failure of failures) console.log(`  failed ${failure.file}: ${failure.reason}`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    await queue.close();
  }
}

// Extraction of a long article takes most of a second of CPU: on the event loop it would stall
// every other request and the probes. Long articles go to a pool of worker threads (piscina);
// short ones, where a thread hop costs more than the work, are extracted in place. The pool is
// made on first use and its threads exit when idle, so commands and tests end as they did.

import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { type ArticleInput, type ExtractionResult, extractStatements } from '../../extract';

/** Articles at least this long (characters) are extracted on a worker thread. */
export const OFF_LOOP_FROM_CHARS = 20_000;

let pool: Piscina | undefined;

function extractionPool(): Piscina {
  // Under tsx (npm run dev, the commands, the tests) the worker is TypeScript and needs tsx's
  // loader; the built server (npm start) runs the compiled .js.
  const typescript = __filename.endsWith('.ts');
  pool ??= new Piscina({
    filename: join(__dirname, `extraction-worker.${typescript ? 'ts' : 'js'}`),
    maxThreads: Math.max(1, availableParallelism() - 1),
    minThreads: 0,
    idleTimeout: 5_000,
    ...(typescript ? { execArgv: ['--import', 'tsx'] } : {}),
  });
  return pool;
}

export async function extractArticle(input: ArticleInput): Promise<ExtractionResult> {
  if (input.text.length < OFF_LOOP_FROM_CHARS) return extractStatements(input);
  return (await extractionPool().run(input)) as ExtractionResult;
}

/** How many extractions the worker threads have finished (for tests and metrics). */
export function extractionsOffLoop(): number {
  return pool?.completed ?? 0;
}

export async function closeExtractionPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}

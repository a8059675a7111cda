// A worker thread writing one range of the corpus's statements as CSV part files, so the
// offline import's CSV stage uses every core (generation and encoding are CPU-bound).
// Started by offline-load.ts; reports rows as it goes and its files at the end.

import { parentPort, workerData } from 'node:worker_threads';
import { emptyDataSet } from '../../synthetic/corpus';
import type { CorpusSpec } from '../../synthetic/corpus-spec';
import { Corpus } from '../../synthetic/entities';
import { type ImportFileSet, ImportFileWriter } from './import-files';

export interface StatementPartJob {
  spec: CorpusSpec;
  /** statement indexes [start, end) */
  start: number;
  end: number;
  dir: string;
  part: string;
  publishedAt: Map<string, string | undefined>;
}

export type StatementPartMessage = { rows: number } | { files: ImportFileSet };

function run(job: StatementPartJob): void {
  const corpus = new Corpus(job.spec);
  const writer = new ImportFileWriter(job.dir, job.part, job.publishedAt);
  for (let start = job.start; start < job.end; start += job.spec.batchSize) {
    const end = Math.min(job.end, start + job.spec.batchSize);
    const data = emptyDataSet();
    for (let i = start; i < end; i++) data.statements.push(corpus.statement(i));
    writer.write({ kind: 'statements', data });
    parentPort?.postMessage({ rows: end - start } satisfies StatementPartMessage);
  }
  parentPort?.postMessage({ files: writer.close() } satisfies StatementPartMessage);
}

if (parentPort) run(workerData as StatementPartJob);

// npm run generate -- --statements 1000000 [--seed 42] [--out corpus/]
// Writes the synthetic corpus as JSONL, one file per kind (actors.jsonl, statements.jsonl…),
// one entity per line, streaming: nothing but the current batch is held in memory.

import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { type BatchKind, corpusCounts, generateCorpus } from '../synthetic/corpus';
import { corpusSpec } from '../synthetic/corpus-spec';
import { Corpus } from '../synthetic/entities';
import { intArg, parseArgs } from './bulk-args';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const spec = corpusSpec({
    statements: intArg(args, 'statements', 1_000_000),
    seed: intArg(args, 'seed', 42),
  });
  const out = resolve(args.get('out') ?? 'corpus');
  mkdirSync(out, { recursive: true });
  const corpus = new Corpus(spec);
  const total = Object.values(corpusCounts(corpus)).reduce((sum, n) => sum + n, 0);
  const bar = new SingleBar(
    { format: ' {bar} {percentage}% | {kind} | {value}/{total}' },
    Presets.shades_classic,
  );
  const streams = new Map<BatchKind, WriteStream>();
  bar.start(total, 0, { kind: '-' });
  let written = 0;
  for (const { kind, data } of generateCorpus(corpus)) {
    let stream = streams.get(kind);
    if (!stream) {
      stream = createWriteStream(join(out, `${kind}.jsonl`));
      streams.set(kind, stream);
    }
    const rows: unknown[] = data[kind];
    if (!stream.write(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`)) await once(stream, 'drain');
    written += rows.length;
    bar.update(written, { kind });
  }
  bar.stop();
  await Promise.all([...streams.values()].map((stream) => new Promise((done) => stream.end(done))));
  console.log(`Wrote ${written} entities (seed ${spec.seed}) to ${out}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

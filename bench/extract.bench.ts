// npm run bench:extract [-- --iterations 2000 --ingest 200]
// Extraction-only throughput on one core, on deterministic ~800-word synthetic articles, with
// the cost of wink-nlp's readDoc on the same texts as the in-run baseline: the ratio says how
// much the pipeline adds over tokenising alone. Then full ingestion into Neo4j (extract, resolve
// speakers against the graph, one write transaction per article), against extraction alone.

import os from 'node:os';
import { Presets, SingleBar } from 'cli-progress';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { extractStatements } from '../src/extract';
import { getNlp } from '../src/extract/tokens';
import { measureIngestion } from './ingest-throughput';
import { type SyntheticArticle, syntheticArticles } from './synthetic-articles';

const GOAL_ARTICLES_PER_SECOND = 200;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`--${name} must be a positive number; got ${JSON.stringify(process.argv[at + 1])}`);
  }
  return value;
}

interface Timing {
  /** wall-clock seconds */
  wall: number;
  /** CPU seconds this process spent (user + system): steadier than wall time on a busy machine */
  cpu: number;
}

function run(
  label: string,
  articles: readonly SyntheticArticle[],
  iterations: number,
  work: (a: SyntheticArticle) => void,
): Timing {
  const bar = new SingleBar(
    { format: `${label.padEnd(22)} {bar} {value}/{total} articles`, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(iterations, 0);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    work(articles[i % articles.length] as SyntheticArticle);
    if (i % 50 === 49) bar.update(i + 1);
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuUsed = process.cpuUsage(cpuBefore);
  bar.update(iterations);
  bar.stop();
  return { wall, cpu: (cpuUsed.user + cpuUsed.system) / 1e6 };
}

async function main(): Promise<void> {
  const iterations = option('iterations', 2000);
  const articles = syntheticArticles(100, 42);
  const words = articles.reduce((n, a) => n + a.words, 0) / articles.length;
  const nlp = getNlp();
  const extract = (a: SyntheticArticle): void => {
    extractStatements({ text: a.text, outlet: a.outlet, publishedAt: a.publishedAt, title: a.title });
  };
  const readDoc = (a: SyntheticArticle): void => {
    nlp.readDoc(a.text).tokens().out(nlp.its.pos);
  };
  const defaultNlp = winkNLP(model);
  const readDocDefault = (a: SyntheticArticle): void => {
    defaultNlp.readDoc(a.text).tokens().out(defaultNlp.its.pos);
  };
  // Warm-up: JIT and the model's lazy structures.
  for (const a of articles) {
    extract(a);
    readDoc(a);
    readDocDefault(a);
  }
  const statements = articles.reduce(
    (n, a) => n + extractStatements({ text: a.text, publishedAt: a.publishedAt }).statements.length,
    0,
  );

  const base = run('wink readDoc only', articles, iterations, readDoc);
  const fullBase = run('wink readDoc, all annot.', articles, iterations, readDocDefault);
  const timing = run('extractStatements', articles, iterations, extract);
  const rate = (seconds: number): number => iterations / seconds;
  const ms = (seconds: number): string => ((seconds / iterations) * 1000).toFixed(2);
  console.log('');
  console.log(
    `articles: ${articles.length} distinct, ~${Math.round(words)} words each, ${(statements / articles.length).toFixed(1)} statements each`,
  );
  console.log(
    `iterations: ${iterations}, one thread; load average now ${os.loadavg()[0]?.toFixed(2)} on ${os.cpus().length} cores`,
  );
  console.log(
    '                         articles/s (CPU)  words/s (CPU)  ms/article CPU  [wall-clock articles/s]',
  );
  const line = (name: string, t: Timing): string =>
    `${name.padEnd(25)}${rate(t.cpu).toFixed(0).padStart(17)}${(rate(t.cpu) * words).toFixed(0).padStart(15)}${ms(t.cpu).padStart(16)}  [${rate(t.wall).toFixed(0)}]`;
  console.log(line('extractStatements', timing));
  console.log(line('readDoc (sbd + pos)', base));
  console.log(line('readDoc (all annotations)', fullBase));
  console.log(
    `ratio: extraction costs ${(timing.cpu / base.cpu).toFixed(2)}x readDoc as the extractor configures it (sentences + POS), ${(timing.cpu / fullBase.cpu).toFixed(2)}x a default readDoc`,
  );
  const perSecond = rate(timing.cpu);
  console.log(
    `goal ${GOAL_ARTICLES_PER_SECOND} articles/s on one core: ${perSecond >= GOAL_ARTICLES_PER_SECOND ? 'met' : 'NOT met'}`,
  );

  const ingestCount = option('ingest', 200);
  // Distinct texts: the same article twice would be skipped as a duplicate.
  const ingest = await measureIngestion(syntheticArticles(ingestCount, 4242));
  const ingestRate = ingest.articles / ingest.seconds;
  console.log('');
  console.log(
    `full ingestion (wall clock, Neo4j on this machine): ${ingestRate.toFixed(1)} articles/s, ` +
      `${(ingest.statements / ingest.seconds).toFixed(0)} statements/s over ${ingest.articles} articles`,
  );
  console.log(
    `ratio: ingestion takes ${(rate(timing.wall) / ingestRate).toFixed(1)}x the wall time of extraction alone per article`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

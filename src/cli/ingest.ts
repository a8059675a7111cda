// npm run ingest -- [--json | --queue] <files or folders>: one article per .txt file (any case;
// front-matter optional), a few at a time written together in one transaction, in file order
// (each article whole or not at all); a bad file is reported and the others go on. Each article's source id and statements are printed (speaker, cue, words, channel), or
// with --json written as one JSON object per file for scripts.

import { relative } from 'node:path';
import { SingleBar } from 'cli-progress';
import { createEventBus } from '../bus/event-bus';
import { announcementsSettled } from '../core/events/announce-statements';
import { articleWriteGroup } from '../core/ingest/article-write-group';
import { parseArticleFile } from '../core/ingest/front-matter';
import { type IngestOutcome, ingestArticlesInOrder } from '../core/ingest/ingest-article';
import { type IngestReport, ingestReport } from '../core/ingest/ingest-report';
import { loadConfig } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { connect } from '../store/neo4j/connect';
import { ingestThroughQueue } from './ingest-queued';
import { failureReason, filesUnder, readTextFile } from './input-files';
import { commandLinePrincipal } from './principal';

/** Files read, extracted and written together (one transaction for the lot, each whole or not at all). */
const FILES_AT_ONCE = 8;

const shorten = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The article as a person reads it: its source, then each statement on a line. */
function printed(file: string, report: IngestReport): string[] {
  if (report.duplicate && report.updatedFields.length > 0) {
    const fields = report.updatedFields.map((field) => field.toLowerCase().replace('_', ' ')).join(', ');
    return [`${file}: already stored as ${report.sourceId}; corrected its ${fields}`];
  }
  if (report.duplicate) return [`${file}: already stored as ${report.sourceId}; nothing written`];
  if (report.statements.length === 0) {
    return [
      `${file}: ${report.sourceId}, no attributed statement found (stored as a source without statements)`,
    ];
  }
  return [
    `${file}: ${report.sourceId}, ${report.statements.length} statements`,
    ...report.statements.map((s) => {
      const via = s.via.map((v) => ` via ${v.outlet ?? '?'} (${v.kind})`).join('');
      const words = s.direct ? `“${shorten(s.text)}”` : shorten(s.text);
      return `  ${s.speaker} ${s.cue}${via}: ${words}`;
    }),
  ];
}

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const queued = args.includes('--queue');
  const paths = args.filter((arg) => arg !== '--json' && arg !== '--queue');
  if (paths.length === 0 || (json && queued)) {
    console.error('usage: npm run ingest -- [--json | --queue] <file.txt | folder> [...]');
    return 2;
  }
  const files = filesUnder(paths, /\.txt$/i);
  if (queued) return ingestThroughQueue(files);
  const config = loadConfig();
  const connection = await connect(config, silentLogger);
  // With Redis, subscribers on the API replicas hear what this command writes.
  const events = config.redisUrl ? createEventBus(config.redisUrl, silentLogger) : undefined;
  const totals = { articles: 0, statements: 0, newActors: 0, duplicates: 0, corrected: 0 };
  const failures: Array<{ file: string; reason: string }> = [];
  const lines: string[] = [];
  const bar = new SingleBar({
    format:
      'ingest [{bar}] {value}/{total} files | {statements} statements | {duplicates} duplicates | {failures} failed',
    hideCursor: true,
    // Without a terminal (CI, pipes) print the line every few seconds instead of redrawing it.
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  bar.start(files.length, 0, { statements: 0, duplicates: 0, failures: 0 });
  const started = Date.now();
  try {
    // A few files at a time, written together in one transaction (group commit), in file
    // order: the same graph as one after another, in fewer commits.
    const group = articleWriteGroup(connection.db, { maxArticles: FILES_AT_ONCE });
    for (let first = 0; first < files.length; first += FILES_AT_ONCE) {
      const chunk = files.slice(first, first + FILES_AT_ONCE);
      const read = chunk.map((file) => {
        try {
          return { file, article: parseArticleFile(readTextFile(file)) };
        } catch (error) {
          return { file, error };
        }
      });
      const parsed = read.flatMap((entry) => (entry.article ? [entry.article] : []));
      const outcomes = await ingestArticlesInOrder(
        connection.db,
        parsed,
        commandLinePrincipal(),
        group,
        events,
      );
      let next = 0;
      for (const entry of read) {
        const shown = relative(process.cwd(), entry.file);
        try {
          if (!entry.article) throw entry.error;
          const settled = outcomes[next++] as PromiseSettledResult<IngestOutcome>;
          if (settled.status === 'rejected') throw settled.reason;
          const outcome = settled.value;
          if (outcome.updatedFields.length > 0) totals.corrected += 1;
          else if (outcome.duplicate) totals.duplicates += 1;
          else {
            totals.articles += 1;
            totals.statements += outcome.statementIds.length;
            totals.newActors += outcome.createdActorIds.length;
          }
          const report = await ingestReport(connection.db, outcome);
          if (json) console.log(JSON.stringify({ file: shown, ...report }));
          else lines.push(...printed(shown, report));
        } catch (error) {
          failures.push({ file: shown, reason: failureReason(error) });
          if (json) console.log(JSON.stringify({ file: shown, failed: failureReason(error) }));
        }
        bar.increment({
          statements: totals.statements,
          duplicates: totals.duplicates,
          failures: failures.length,
        });
      }
    }
  } finally {
    bar.stop();
    if (events) {
      await announcementsSettled(events);
      await events.close();
    }
    await connection.close();
  }
  const seconds = (Date.now() - started) / 1000;
  // With --json, stdout holds only the JSON lines; the summary goes to stderr.
  const say = json ? console.error : console.log;
  if (!json && lines.length > 0) console.log(`\n${lines.join('\n')}`);
  say(
    `\nIngested ${totals.articles} articles, ${totals.statements} statements, ${totals.newActors} new actors; ` +
      `${totals.duplicates} duplicates skipped${totals.corrected > 0 ? `, ${totals.corrected} stored articles' metadata corrected` : ''}; ` +
      `${failures.length} failed (${seconds.toFixed(1)} s).`,
  );
  for (const failure of failures) say(`  failed ${failure.file}: ${failure.reason}`);
  return failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(failureReason(error));
    process.exit(1);
  },
);

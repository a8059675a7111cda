// npm run ingest -- <files or folders>: one article per .txt file (any case; front-matter optional),
// each in its own transaction; a bad file is reported and the others go on.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SingleBar } from 'cli-progress';
import { parseArticleFile } from '../core/ingest/front-matter';
import { ingestArticle } from '../core/ingest/ingest-article';
import { ClaimgraphError } from '../domain/errors';
import { loadConfig } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { connect } from '../store/neo4j/connect';

function articleFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (statSync(path).isDirectory()) {
      return articleFiles(
        readdirSync(path)
          .sort()
          .map((entry) => join(path, entry))
          .filter((entry) => statSync(entry).isDirectory() || /\.txt$/i.test(entry)),
      );
    }
    return [path];
  });
}

function reason(error: unknown): string {
  if (error instanceof ClaimgraphError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error('usage: npm run ingest -- <file.txt | folder> [...]');
    return 2;
  }
  const files = articleFiles(paths);
  const connection = await connect(loadConfig(), silentLogger);
  const totals = { articles: 0, statements: 0, newActors: 0, duplicates: 0 };
  const failures: Array<{ file: string; reason: string }> = [];
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
    for (const file of files) {
      try {
        const article = parseArticleFile(readFileSync(file, 'utf8'));
        const outcome = await ingestArticle(connection.db, article);
        if (outcome.duplicate) totals.duplicates += 1;
        else {
          totals.articles += 1;
          totals.statements += outcome.statementIds.length;
          totals.newActors += outcome.createdActorIds.length;
        }
      } catch (error) {
        failures.push({ file: relative(process.cwd(), file), reason: reason(error) });
      }
      bar.increment({
        statements: totals.statements,
        duplicates: totals.duplicates,
        failures: failures.length,
      });
    }
  } finally {
    bar.stop();
    await connection.close();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\nIngested ${totals.articles} articles, ${totals.statements} statements, ${totals.newActors} new actors; ` +
      `${totals.duplicates} duplicates skipped; ${failures.length} failed (${seconds.toFixed(1)} s).`,
  );
  for (const failure of failures) console.log(`  failed ${failure.file}: ${failure.reason}`);
  return failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(reason(error));
    process.exit(1);
  },
);

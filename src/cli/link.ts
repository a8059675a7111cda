// npm run link: links data ingested before the linker existed into the claim graph (shared
// claims, denials, stances, topics, copies), article by article, with progress.

import { SingleBar } from 'cli-progress';
import { relinkGraph } from '../core/link/relink-graph';
import { loadConfig } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { connect } from '../store/neo4j/connect';

async function main(): Promise<void> {
  const connection = await connect(loadConfig(), silentLogger);
  const bar = new SingleBar({
    format: 'link [{bar}] {value}/{total} articles | {statements} statements | {joined} joined a claim',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  const started = Date.now();
  let barStarted = false;
  try {
    const totals = await relinkGraph(connection.db, (done, total, running) => {
      if (!barStarted) {
        bar.start(total, 0, { statements: 0, joined: 0 });
        barStarted = true;
      }
      bar.update(done, { statements: running.statements, joined: running.joined });
    });
    if (barStarted) bar.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Linked ${totals.articles} articles, ${totals.statements} statements (${totals.joined} joined a claim other ` +
        `statements express), ${totals.denials} denials, ${totals.stances} stances, ${totals.copies} copies (${seconds} s).`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

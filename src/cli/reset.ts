// npm run db:reset [-- --yes]: empties the graph (every node and relationship but the
// migration records), for `npm run import` or a fresh start. It asks first; --yes answers for
// scripts, and without a terminal to ask on it refuses rather than guess.

import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { connect } from '../store/neo4j/connect';
import { clearGraphData } from '../store/repo/graph-emptiness';

async function confirmed(target: string): Promise<boolean> {
  if (process.argv.includes('--yes')) return true;
  if (!process.stdin.isTTY) {
    console.error(`Refusing to empty ${target} without confirmation: run with --yes to do it anyway.`);
    return false;
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `Delete every node and relationship in ${target}? Type "yes" to go on: `,
  );
  prompt.close();
  return answer.trim().toLowerCase() === 'yes';
}

async function main(): Promise<number> {
  const config = loadConfig();
  const target = `the database "${config.neo4j.database}" at ${config.neo4j.uri ?? `the local Neo4j (port ${config.neo4j.localPort})`}`;
  if (!(await confirmed(target))) return 2;
  const connection = await connect(config, silentLogger);
  try {
    const deleted = await clearGraphData(connection.db, (done) =>
      process.stderr.write(`\rdeleted ${done} nodes`),
    );
    console.error(`\nEmptied ${target}: ${deleted} nodes deleted; the migrations stay applied.`);
    return 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

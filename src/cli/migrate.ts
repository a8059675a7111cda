// npm run migrate — applies pending migrations (start-up and the tests do this too).

import { loadConfig } from '../platform/config';
import { consoleLogger } from '../platform/logger';
import { connect } from '../store/neo4j/connect';

async function main(): Promise<void> {
  const connection = await connect(loadConfig(), consoleLogger);
  const { applied, alreadyApplied } = connection.migrations;
  console.log(`Migrations: ${applied.length} applied, ${alreadyApplied.length} already applied.`);
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

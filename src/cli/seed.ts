// npm run seed — (re)loads the curated seed; running it twice leaves the graph unchanged.

import { loadSeed } from '../core/load-seed';
import { loadConfig } from '../platform/config';
import { consoleLogger } from '../platform/logger';
import { connect } from '../store/neo4j/connect';

async function main(): Promise<void> {
  const connection = await connect(loadConfig(), consoleLogger);
  try {
    const sets = await loadSeed(connection.db);
    for (const set of sets) {
      const { actors, sources, statements, claims, stances } = set.data;
      console.log(
        `Seeded ${set.name}: ${actors.length} actors, ${sources.length} sources, ${statements.length} statements, ` +
          `${claims.length} claims, ${stances.length} stances.`,
      );
    }
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

// npm run seed — (re)loads the curated seed, restoring it after corrections and retractions
// (other data stays); running it twice leaves the graph unchanged but for the audit trail.

import { loadSeed } from '../core/load-seed';
import { loadConfig } from '../platform/config';
import { consoleLogger } from '../platform/logger';
import { connect } from '../store/neo4j/connect';
import { commandLinePrincipal } from './principal';

async function main(): Promise<void> {
  const connection = await connect(loadConfig(), consoleLogger);
  try {
    const sets = await loadSeed(connection.db, undefined, commandLinePrincipal());
    for (const set of sets) {
      const { actors, sources, statements, claims, stances } = set.data;
      console.log(
        `Restored the curated seed ${set.name}: ${actors.length} actors, ${sources.length} sources, ${statements.length} statements, ` +
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

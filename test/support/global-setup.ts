// Starts the tests' Neo4j when NEO4J_URI is unset, applies the migrations and resets the
// graph to the seed. Suites then leave the graph as they found it.

import { loadConfig } from '../../src/platform/config';
import { consoleLogger } from '../../src/platform/logger';
import { createDatabase, createDriver } from '../../src/store/neo4j/database';
import { startLocalNeo4j } from '../../src/store/neo4j/local-neo4j';
import { applyMigrations } from '../../src/store/neo4j/migrations';
import { claimTestDatabase, resetToSeed } from './graph-state';
import { TEST_NEO4J_HOME, TEST_NEO4J_PORT, TEST_URI_ENV } from './test-database';

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  if (!config.neo4j.uri) {
    const local = await startLocalNeo4j({ port: TEST_NEO4J_PORT, home: TEST_NEO4J_HOME, log: consoleLogger });
    (globalThis as { __claimgraphLocalNeo4j?: typeof local }).__claimgraphLocalNeo4j = local;
    process.env[TEST_URI_ENV] = local.uri;
  } else {
    process.env[TEST_URI_ENV] = config.neo4j.uri;
  }
  const db = createDatabase(
    createDriver({ ...config.neo4j, uri: process.env[TEST_URI_ENV] }),
    config.neo4j.database,
  );
  try {
    await applyMigrations(db, consoleLogger);
    await claimTestDatabase(db);
    await resetToSeed(db);
  } finally {
    await db.close();
  }
  console.log(`Test database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

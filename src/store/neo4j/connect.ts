// Brings up the database side: the local Neo4j when NEO4J_URI is unset, one driver, and
// the migrations (and the body prints they cannot compute). Used by `npm start`, the CLIs and the test setup.

import type { AppConfig } from '../../platform/config';
import type { Logger } from '../../platform/logger';
import { printUnprintedBodies } from '../repo/body-prints';
import { createDatabase, createDriver, type Database } from './database';
import { type LocalNeo4j, startLocalNeo4j } from './local-neo4j';
import { applyMigrations, type MigrationOptions, type MigrationReport } from './migrations';

export interface Connection {
  db: Database;
  /** set when claimgraph started its own Neo4j for this process */
  local: LocalNeo4j | undefined;
  migrations: MigrationReport;
  /** closes the driver, then stops the local Neo4j if this process started it */
  close(): Promise<void>;
}

export async function ensureLocalNeo4j(config: AppConfig, log: Logger): Promise<LocalNeo4j | undefined> {
  if (config.neo4j.uri) return undefined;
  return startLocalNeo4j({
    port: config.neo4j.localPort,
    log,
    ...(config.neo4j.localHome ? { home: config.neo4j.localHome } : {}),
  });
}

export async function connect(
  config: AppConfig,
  log: Logger,
  migrationOptions: MigrationOptions = {},
): Promise<Connection> {
  const local = await ensureLocalNeo4j(config, log);
  const db = createDatabase(createDriver(config.neo4j), config.neo4j.database, undefined, config.neo4j);
  try {
    await db.driver.verifyConnectivity({ database: config.neo4j.database });
    const migrations = await applyMigrations(db, log, migrationOptions);
    const printed = await printUnprintedBodies(db);
    if (printed > 0) log.info(`Printed ${printed} stored article bodies for copy detection.`);
    return {
      db,
      local,
      migrations,
      close: async () => {
        await db.close();
        await local?.stop();
      },
    };
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
}

// One way of the benchmark as its own process, so its RSS is its own and the load generator
// does not share its event loop:  tsx bench/servers/serve.ts <way> <port> <bolt-uri> <statements>
// Prints "listening" once it accepts requests.

import { createServer } from 'node:http';
import { loadConfig } from '../../src/platform/config';
import { createDatabase, createDriver } from '../../src/store/neo4j/database';
import type { Way } from '../operations';
import { UNTHROTTLED } from '../unthrottled';
import { appFor } from './apps';

async function main(): Promise<void> {
  const [way, port, uri, statements] = process.argv.slice(2) as [Way, string, string, string];
  const base = loadConfig({ ...process.env, ...UNTHROTTLED, NODE_ENV: 'production' });
  const config = { ...base, neo4j: { ...base.neo4j, uri } };
  const db = createDatabase(createDriver(config.neo4j), config.neo4j.database);
  const server = createServer(await appFor(way, db, config, Number(statements)));
  server.keepAliveTimeout = 60_000;
  server.listen(Number(port), '127.0.0.1', () => console.log('listening'));
  const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

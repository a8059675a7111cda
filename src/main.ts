// npm start: local Neo4j (when NEO4J_URI is unset) -> migrations -> seed (into an empty
// graph) -> GraphQL server. SIGINT/SIGTERM stop the server, then the Neo4j it started.

import { createServer as createHttpServer } from 'node:http';
import { withDevKey } from './api/auth/dev-key';
import type { ApiIngestQueue } from './api/queue';
import { createServer } from './api/server';
import { serveGraphQLOverWebSocket } from './api/websocket';
import { createEventBus } from './bus/event-bus';
import { bumpOnCommit, inProcessGraphVersion, redisGraphVersion } from './bus/graph-version';
import { ingestQueue } from './bus/ingest-queue';
import { redisConnection } from './bus/redis';
import { announcementsSettled } from './core/events/announce-statements';
import { loadSeed } from './core/load-seed';
import { loadConfig } from './platform/config';
import { consoleLogger } from './platform/logger';
import { DrainState, drainHttpServer, runMain, stopOnSignals } from './platform/shutdown';
import { createRequestLogger } from './platform/structured-log';
import { connect } from './store/neo4j/connect';
import { graphIsEmpty } from './store/repo/graph-emptiness';

async function main(): Promise<void> {
  const started = Date.now();
  const log = consoleLogger;
  const config = withDevKey(loadConfig(), log);
  const connection = await connect(config, log);
  const neo4jReadyMs = Date.now() - started;

  if (config.seedOnStart && (await graphIsEmpty(connection.db))) {
    const sets = await loadSeed(connection.db);
    log.info(`Loaded the seed into the empty graph: ${sets.map((set) => set.name).join(', ')}`);
  }

  const drain = new DrainState();
  const events = createEventBus(config.redisUrl, log);
  const queue: ApiIngestQueue | undefined = config.redisUrl
    ? ingestQueue(config.redisUrl, config.queue)
    : undefined;
  const rateLimitRedis = config.redisUrl ? redisConnection(config.redisUrl, 'fails-fast') : undefined;
  // Shared through Redis: a write by any replica or worker ends every replica's cached answers.
  const graphVersion = rateLimitRedis ? redisGraphVersion(rateLimitRedis) : inProcessGraphVersion();
  bumpOnCommit(connection.db, graphVersion, log);
  const yoga = createServer({
    db: connection.db,
    config,
    logger: createRequestLogger(config.observability),
    drain,
    events,
    ...(queue ? { queue } : {}),
    ...(rateLimitRedis ? { rateLimitRedis } : {}),
    graphVersion,
  });
  const http = createHttpServer(yoga);
  const websocket = serveGraphQLOverWebSocket(http, yoga, { maxConnections: config.limits.maxSubscriptions });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, resolve);
  });
  log.info(
    `claimgraph ready at http://${config.host}:${config.port}${yoga.graphqlEndpoint} ` +
      `(Neo4j ready after ${(neo4jReadyMs / 1000).toFixed(1)} s, server after ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );

  stopOnSignals(async (signal) => {
    drain.start();
    log.info(`${signal}: stopping…`);
    // SIGTERM comes from an orchestrator: /ready says 503 from now on, and until its load
    // balancer has seen that, requests keep arriving, on new connections too.
    if (signal === 'SIGTERM' && config.drainDelayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, config.drainDelayMs));
    }
    const closingSockets = websocket.close();
    const outcome = await drainHttpServer(http, config.shutdownGraceMs);
    await closingSockets;
    await announcementsSettled(events);
    await events.close();
    await queue?.close();
    rateLimitRedis?.disconnect();
    if (outcome === 'forced') {
      log.warn(`Requests still running after ${config.shutdownGraceMs} ms were cut off.`);
    }
    await connection.close();
  });
}

runMain(main);

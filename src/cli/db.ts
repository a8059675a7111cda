// npm run db:start | db:stop | db:status — the local Neo4j on its own, for development.

import { loadConfig } from '../platform/config';
import { consoleLogger } from '../platform/logger';
import {
  boltAnswers,
  readPidFile,
  recordedNeo4j,
  startLocalNeo4j,
  stopRecordedNeo4j,
} from '../store/neo4j/local-neo4j';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const port = config.neo4j.localPort;
  switch (command) {
    case 'start': {
      // Idempotent: an instance already answering on the port is reused.
      await startLocalNeo4j({
        port,
        log: consoleLogger,
        detached: true,
        ...(config.neo4j.localHome ? { home: config.neo4j.localHome } : {}),
      });
      return 0;
    }
    case 'stop': {
      const recorded = readPidFile(config.neo4j.localHome);
      const stopped = await stopRecordedNeo4j(config.neo4j.localHome);
      console.log(
        stopped
          ? `Stopped local Neo4j (pid ${stopped.pid}).`
          : recorded
            ? `The recorded Neo4j (pid ${recorded.pid}) is no longer running; removed its stale record.`
            : 'No local Neo4j recorded as running.',
      );
      return 0;
    }
    case 'status': {
      const recorded = recordedNeo4j(config.neo4j.localHome);
      const answering = await boltAnswers(recorded?.port ?? port);
      const owner = recorded?.owner;
      console.log(
        JSON.stringify(
          {
            bolt: `bolt://127.0.0.1:${recorded?.port ?? port}`,
            answering,
            pid: recorded?.pid ?? null,
            startedBy:
              owner === undefined
                ? recorded
                  ? 'unknown'
                  : answering
                    ? 'not this data folder (another Neo4j answers on the port)'
                    : null
                : owner.command === 'db:start'
                  ? 'npm run db:start'
                  : `the API (npm start), pid ${owner.pid}`,
          },
          null,
          2,
        ),
      );
      return answering ? 0 : 3;
    }
    default:
      console.error(`usage: db.ts start|stop|status (got ${JSON.stringify(command)})`);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

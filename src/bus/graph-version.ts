// The graph's version: a number every committed write moves on, read by the response cache
// (src/api/plugins/use-response-cache.ts) as part of each key, so an answer computed before a
// write is never served after it. With Redis it is one shared counter, so a write committed by
// any replica or worker invalidates every replica's cache; without Redis it lives in the
// process, and only that process writes.

import type { Redis } from 'ioredis';
import type { Logger } from '../platform/logger';
import type { Database } from '../store/neo4j/database';

export interface GraphVersion {
  /** the version now; rejects when it cannot be known (Redis away): then nothing is cached */
  current(): Promise<string>;
  /** moves the version on after a write has committed */
  bump(): Promise<void>;
}

export function inProcessGraphVersion(): GraphVersion {
  let version = 0;
  return {
    current: async () => String(version),
    bump: async () => {
      version++;
    },
  };
}

const KEY = 'claimgraph:graph-version';

/** `redis` is a fails-fast connection (src/bus/redis.ts): a request never waits for Redis to return. */
export function redisGraphVersion(redis: Redis): GraphVersion {
  return {
    current: async () => (await redis.get(KEY)) ?? '0',
    bump: async () => {
      await redis.incr(KEY);
    },
  };
}

/** Moves `version` on after each write `db` commits; a failure is logged, and the write stands. */
export function bumpOnCommit(db: Database, version: GraphVersion, log: Logger): () => void {
  return db.addCommitListener(async (operation) => {
    await version.bump().catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      log.warn(
        `After ${operation}, the graph version could not move on (${reason}): cached answers may be stale until they expire.`,
      );
    });
  });
}

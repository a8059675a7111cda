// Every Redis connection claimgraph opens, one way. Two kinds: a connection that waits out a
// Redis restart (pub/sub subscribers, queue workers: they block on Redis by design), and one
// that fails at once while Redis is away (publishing, enqueueing, rate-limit checks: each
// answers a request, which must not pile up in memory waiting for Redis to return).

import { Redis } from 'ioredis';

export type RedisConnectionKind = 'waits' | 'fails-fast';

/** Reconnection backs off from 100 ms to `maxReconnectDelayMs`, forever. */
export function redisConnection(url: string, kind: RedisConnectionKind, maxReconnectDelayMs = 2000): Redis {
  const client = new Redis(url, {
    maxRetriesPerRequest: kind === 'waits' ? null : 1,
    enableOfflineQueue: kind === 'waits',
    retryStrategy: (attempt) => Math.min(50 * 2 ** Math.min(attempt, 10), maxReconnectDelayMs),
  });
  // Without a listener ioredis prints every failed reconnection as an unhandled error.
  client.on('error', () => {});
  return client;
}

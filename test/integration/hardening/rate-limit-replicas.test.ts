// Rate limits behind a proxy and across replicas: with Redis, two servers share one budget per
// client (a client cannot multiply its budget by the number of replicas); behind a trusted
// proxy each client is counted by the address the proxy forwards, not the proxy's; an
// untrusted X-Forwarded-For earns nothing; and with Redis gone each process limits alone.

import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { redisConnection } from '../../../src/bus/redis';
import { type Harness, openHarness, testConfig } from '../../support/harness';
import { startRedis, type TestRedis } from '../../support/redis';

const QUERY = JSON.stringify({ query: '{ apiVersion }' });

interface Replica {
  harness: Harness;
  url: string;
  close(): Promise<void>;
}

async function replica(redis: Redis | undefined, trustedProxies: string[] = []): Promise<Replica> {
  const base = testConfig();
  const harness = openHarness(
    { limits: { ...base.limits, anonymousRequestsPerMinute: 4 }, trustedProxies },
    redis ? { rateLimitRedis: redis } : {},
  );
  const http: Server = createHttpServer(harness.server);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    harness,
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`,
    async close() {
      await new Promise((resolve) => http.close(resolve));
      await harness.close();
    },
  };
}

const post = async (target: Replica, headers: Record<string, string> = {}) =>
  (
    await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: QUERY,
    })
  ).status;

describe('rate limits across replicas and behind a proxy', () => {
  let redis: TestRedis;
  let clients: Redis[] = [];
  const client = async () => {
    const made = redisConnection(redis.url, 'fails-fast');
    clients.push(made);
    // Until it is connected a check falls back to the process's own count, as while Redis is away.
    if (made.status !== 'ready') await new Promise((resolve) => made.once('ready', resolve));
    return made;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const made of clients) made.disconnect();
    clients = [];
    await redis.stop();
  });

  it('shares one budget per client between replicas on one Redis', async () => {
    const [a, b] = [await replica(await client()), await replica(await client())];
    try {
      const statuses = [
        await post(a),
        await post(b),
        await post(a),
        await post(b),
        await post(a),
        await post(b),
      ];
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('counts each client by the address a trusted proxy forwards, and ignores the header from anyone else', async () => {
    const behindProxy = await replica(await client(), ['127.0.0.0/8']);
    const direct = await replica(await client());
    try {
      const first = [];
      for (let i = 0; i < 5; i++) first.push(await post(behindProxy, { 'x-forwarded-for': '203.0.113.7' }));
      expect(first).toEqual([200, 200, 200, 200, 429]);
      // Another reader behind the same proxy has a budget of its own.
      expect(await post(behindProxy, { 'x-forwarded-for': '198.51.100.20, 127.0.0.1' })).toBe(200);
      // Not trusted: inventing an address per request earns no fresh budget.
      const forged = [];
      for (let i = 0; i < 5; i++) forged.push(await post(direct, { 'x-forwarded-for': `192.0.2.${i}` }));
      expect(forged.filter((status) => status === 429).length).toBeGreaterThanOrEqual(1);
    } finally {
      await behindProxy.close();
      await direct.close();
    }
  });

  it('limits each process alone while Redis is away, and shares again once it is back', async () => {
    const shared = await client();
    const a = await replica(shared, ['127.0.0.0/8']);
    try {
      await redis.stop();
      const alone = [];
      for (let i = 0; i < 5; i++) alone.push(await post(a, { 'x-forwarded-for': '203.0.113.99' }));
      expect(alone).toEqual([200, 200, 200, 200, 429]);
      await redis.start();
      for (let attempt = 0; attempt < 50 && shared.status !== 'ready'; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(shared.status).toBe('ready');
      expect(await post(a, { 'x-forwarded-for': '203.0.113.100' })).toBe(200);
      expect(Number(await shared.exists('claimgraph-rate-anonymous:address:203.0.113.100'))).toBe(1);
    } finally {
      await a.close();
    }
  });
});

// Shutdown drains: a request in flight when the server is told to stop completes normally,
// new connections are refused, and only then does the process go on to close the driver.

import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Plugin } from 'graphql-yoga';
import { createServer } from '../../../src/api/server';
import { DrainState, drainHttpServer } from '../../../src/platform/shutdown';
import { useHarness } from '../../support/harness';

/** Holds every operation named Slow for `ms` before it executes. */
function slowOperations(ms: number): Plugin {
  return {
    async onExecute({ args }) {
      if (args.operationName === 'Slow') await new Promise((resolve) => setTimeout(resolve, ms));
    },
  };
}

describe('graceful shutdown', () => {
  const harness = useHarness({ server: { plugins: [slowOperations(1500)] } });

  async function listen() {
    const http = createHttpServer(harness.server);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    return { http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql` };
  }

  const slowQuery = (url: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Slow { actor(name: "NATO") { name } }', operationName: 'Slow' }),
    });

  it('lets in-flight requests finish, then closes', async () => {
    const { http, url } = await listen();
    // A kept-alive connection that is idle must not hold shutdown up.
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ apiVersion }"}',
    });
    const inFlight = slowQuery(url);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const drained = drainHttpServer(http, 10_000);
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { actor: { name: 'NATO' } } });
    expect(await drained).toBe('drained');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('cuts off requests still running after the grace period', async () => {
    const { http, url } = await listen();
    const inFlight = slowQuery(url).then(
      () => 'answered',
      () => 'cut off',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await drainHttpServer(http, 300)).toBe('forced');
    expect(await inFlight).toBe('cut off');
  });

  // Issue 18, finding 4: /ready answered 200 until the process exited, so a load balancer kept
  // sending traffic to a server that was going away.
  it('answers /ready with 503 from the moment draining starts, whatever Neo4j says', async () => {
    const drain = new DrainState();
    const server = createServer({ db: harness.db, config: harness.config, drain });
    expect((await server.fetch('http://claimgraph.test/ready')).status).toBe(200);
    drain.start();
    const draining = await server.fetch('http://claimgraph.test/ready');
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ ready: false, draining: true });
    // Liveness stays: the process is healthy, only going away.
    expect((await server.fetch('http://claimgraph.test/health')).status).toBe(200);
  });
});

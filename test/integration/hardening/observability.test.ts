// One structured log line per request (request id, operation, duration), a slow-operation
// warning above the threshold, and Prometheus metrics at /metrics.

import { loadConfig } from '../../../src/platform/config';
import { type Harness, openHarness, useHarness } from '../../support/harness';
import { captureLogs } from '../../support/log-capture';

describe('observability', () => {
  const logs = captureLogs();
  const harness = useHarness({
    config: { observability: { logLevel: 'debug', slowMs: 1_000_000, metrics: true } },
    server: { logger: logs.logger },
  });

  it('logs each request with its id, operation name, status and duration, and echoes the id', async () => {
    const response = await harness.server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
      body: JSON.stringify({ query: 'query ActorByName { actor(name: "NATO") { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const line = logs.lines.find((l) => l.reqId === 'trace-123');
    expect(line).toMatchObject({
      msg: 'request',
      level: 30,
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'ActorByName',
      durationMs: expect.any(Number),
    });
  });

  it('generates a request id when the client sends none (or an unusable one) and logs error codes', async () => {
    const response = await harness.server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces\n' },
      body: JSON.stringify({ query: 'mutation Attempt { ping }' }),
    });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.lines.find((l) => l.reqId === id)).toMatchObject({
      operation: 'Attempt',
      status: 401,
      errorCodes: ['UNAUTHENTICATED'],
    });
  });

  it('logs operations slower than CLAIMGRAPH_SLOW_MS at warn level', async () => {
    const slow = captureLogs();
    const strict = openHarness(
      { observability: { logLevel: 'info', slowMs: 1, metrics: false } },
      { logger: slow.logger },
    );
    try {
      await strict.gql('query Everything { statements(first: 50) { totalCount edges { node { text } } } }');
      expect(slow.lines.find((l) => l.msg === 'slow operation')).toMatchObject({
        level: 40,
        operation: 'Everything',
        slowMs: 1,
      });
    } finally {
      await strict.close();
    }
    expect(loadConfig({ CLAIMGRAPH_SLOW_MS: '250' }).observability.slowMs).toBe(250);
  });

  it('serves Prometheus metrics at /metrics', async () => {
    await harness.gql('query Counted { apiVersion }');
    const response = await harness.server.fetch('http://claimgraph.test/metrics');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('graphql_envelop_request_duration');
    expect(text).toMatch(/graphql_envelop_request\{[^}]*operationName="Counted"/);
    expect(text).toContain('process_resident_memory_bytes');
  });

  describe('bounded operation names (a client chooses them; each distinct one adds ~100 series)', () => {
    // the defaults of useMetrics / useRequestLogging
    const MAX_LENGTH = 64;
    const MAX_DISTINCT = 100;
    const labelValues = (text: string, label: string): string[] =>
      [...text.matchAll(new RegExp(`${label}="((?:[^"\\\\]|\\\\.)*)"`, 'g'))].map((m) => m[1] as string);
    const allLabelValues = (text: string): string[] =>
      [...text.matchAll(/\w+="((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] as string);
    const scrape = async (h: Harness): Promise<string> =>
      (await h.server.fetch('http://claimgraph.test/metrics')).text();
    const withFreshServer = async (test: (h: Harness) => Promise<void>): Promise<void> => {
      // its own server, so its own registry and its own distinct-name budget
      const fresh = openHarness({ observability: { logLevel: 'silent', slowMs: 1_000_000, metrics: true } });
      try {
        await test(fresh);
      } finally {
        await fresh.close();
      }
    };

    it('keeps /metrics small and every label value within the cap for a 100,000-character name', () =>
      withFreshServer(async (h) => {
        const name = `Big${'y'.repeat(100_000 - 3)}`;
        expect((await h.gql(`query ${name} { apiVersion }`)).data).toEqual({
          apiVersion: expect.any(String),
        });
        // the operationName parameter is labelled too (parse, validate, errors), even when it names no operation
        await h.server.fetch('http://claimgraph.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'query Q { apiVersion }', operationName: `P${'z'.repeat(100_000)}` }),
        });
        // a GET's URL carries the whole query (the HTTP histogram's url label)
        await h.server.fetch(
          `http://claimgraph.test/graphql?query=${encodeURIComponent(`query G${'g'.repeat(100_000)} { apiVersion }`)}`,
          { headers: { accept: 'application/json' } },
        );
        const text = await scrape(h);
        expect(Buffer.byteLength(text)).toBeLessThan(200_000);
        const longest = Math.max(...allLabelValues(text).map((v) => v.length));
        expect(longest).toBeLessThanOrEqual(MAX_LENGTH);
        const names = labelValues(text, 'operationName');
        expect(names).toContain(`${name.slice(0, MAX_LENGTH - 1)}…`);
        expect(labelValues(text, 'url')).toContain('/graphql');
      }));

    it(`counts names past the first ${MAX_DISTINCT} distinct ones as "other"`, () =>
      withFreshServer(async (h) => {
        const before = Buffer.byteLength(await scrape(h));
        // distinct in their first characters, so they stay distinct after truncation
        const names = Array.from({ length: 300 }, (_, i) => `Op${i}_`.padEnd(200, 'y'));
        for (const name of names) await h.gql(`query ${name} { apiVersion }`);
        const text = await scrape(h);
        const distinct = new Set(labelValues(text, 'operationName'));
        expect(distinct.size).toBeLessThanOrEqual(MAX_DISTINCT + 1);
        expect(distinct).toContain('other');
        expect(distinct).toContain(`${names[0]?.slice(0, MAX_LENGTH - 1)}…`);
        expect(distinct).not.toContain(`${names[299]?.slice(0, MAX_LENGTH - 1)}…`);
        // all 300 requests are counted, the last 200 under "other"
        const counted = [...text.matchAll(/^graphql_envelop_request\{[^}]*\} (\d+)$/gm)].map((m) =>
          Number(m[1]),
        );
        expect(counted.reduce((a, b) => a + b, 0)).toBe(300);
        expect(text).toMatch(/^graphql_envelop_request\{[^}]*operationName="other"[^}]*\} 200$/m);
        // 94 lines (~15 KB) per kept name: ~1.5 MB for 100; unbounded, these 300 made ~8 MB
        expect(Buffer.byteLength(text) - before).toBeLessThan(2_000_000);
        // a known name keeps its own series once seen
        await h.gql(`query ${names[0]} { apiVersion }`);
        expect(await scrape(h)).toMatch(
          new RegExp(
            `^graphql_envelop_request\\{[^}]*operationName="${names[0]?.slice(0, MAX_LENGTH - 1)}…"[^}]*\\} 2$`,
            'm',
          ),
        );
      }));

    it("caps the request log's operation field, each name and the batch joined", async () => {
      const long = `Big${'y'.repeat(100_000)}`;
      await harness.server.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'long-name' },
        body: JSON.stringify({ query: `query ${long} { apiVersion }` }),
      });
      const single = logs.lines.find((l) => l.reqId === 'long-name')?.operation as string;
      expect(single.length).toBeLessThanOrEqual(MAX_LENGTH);
      expect(single).toBe(`${long.slice(0, MAX_LENGTH - 1)}…`);

      const batch = Array.from({ length: 10 }, (_, i) => ({
        query: `query B${i}${'y'.repeat(1000)} { apiVersion }`,
      }));
      const response = await harness.server.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'long-batch' },
        body: JSON.stringify(batch),
      });
      expect(response.status).toBe(200);
      const joined = logs.lines.find((l) => l.reqId === 'long-batch')?.operation as string;
      expect(joined.length).toBeLessThanOrEqual(256);
      expect(joined.startsWith(`B0${'y'.repeat(MAX_LENGTH - 3)}…,B1`)).toBe(true);
      for (const part of joined.split(',')) expect(part.length).toBeLessThanOrEqual(MAX_LENGTH);
    });
  });

  it('keeps logs quiet in tests (LOG_LEVEL unset, NODE_ENV=test)', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).observability.logLevel).toBe('silent');
    expect(loadConfig({}).observability.logLevel).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).observability.logLevel).toBe('debug');
  });
});

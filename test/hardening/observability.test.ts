// One structured log line per request (request id, operation, duration), a slow-operation
// warning above the threshold, and Prometheus metrics at /metrics.

import { loadConfig } from '../../src/config';
import { openHarness, useHarness } from '../support/harness';
import { captureLogs } from '../support/log-capture';

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

  it('keeps logs quiet in tests (LOG_LEVEL unset, NODE_ENV=test)', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).observability.logLevel).toBe('silent');
    expect(loadConfig({}).observability.logLevel).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).observability.logLevel).toBe('debug');
  });
});

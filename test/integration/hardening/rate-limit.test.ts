// Issue 18, finding 6: one anonymous client could use all the capacity. Each client has a
// budget of requests a minute: a valid credential is one client, everyone else is counted by
// address (inventing keys gives no new budget); past it, 429 with Retry-After and a code.
// Writes have a budget of their own besides, counted per mutation field.

import { loadConfig } from '../../../src/platform/config';
import { authHeaders, openHarness, useHarness } from '../../support/harness';

const QUERY = JSON.stringify({ query: '{ apiVersion }' });

describe('per-client rate limits', () => {
  const harness = useHarness();
  const limited = () =>
    openHarness({
      limits: { ...harness.config.limits, anonymousRequestsPerMinute: 5, authenticatedRequestsPerMinute: 8 },
    });

  const post = (target: ReturnType<typeof limited>, headers: Record<string, string> = {}) =>
    target.server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: QUERY,
    });

  it('answers past an anonymous budget with 429, Retry-After and TOO_MANY_REQUESTS, even when raced', async () => {
    const target = limited();
    try {
      const statuses = (await Promise.all(Array.from({ length: 20 }, () => post(target)))).map(
        (r) => r.status,
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15);
      const refused = await post(target);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await refused.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
      // Invented keys are the same anonymous client: no fresh budget.
      expect((await post(target, { authorization: 'Bearer made-up-key-1' })).status).toBe(429);
      // The probes are never limited.
      expect((await target.server.fetch('http://claimgraph.test/health')).status).toBe(200);
      expect((await target.server.fetch('http://claimgraph.test/ready')).status).toBe(200);
    } finally {
      await target.close();
    }
  });

  it('gives each valid credential its own budget', async () => {
    const target = limited();
    try {
      for (let i = 0; i < 5; i++) await post(target);
      expect((await post(target)).status).toBe(429);
      const editor = await Promise.all(Array.from({ length: 8 }, () => post(target, authHeaders('editor'))));
      expect(editor.map((r) => r.status)).toEqual(Array(8).fill(200));
      expect((await post(target, authHeaders('editor'))).status).toBe(429);
      expect((await post(target, authHeaders('reader'))).status).toBe(200);
    } finally {
      await target.close();
    }
  });

  it('gives writes a budget of their own, one write per mutation field, leaving reads alone', async () => {
    const target = openHarness({
      limits: {
        ...harness.config.limits,
        anonymousRequestsPerMinute: 100,
        authenticatedRequestsPerMinute: 100,
        writesPerMinute: 3,
      },
    });
    // A write that changes nothing (no such statement): what it costs is spent before it runs.
    const split = (alias: string) => `${alias}: splitStatementFromClaim(statementId: "stmt:none") { id }`;
    const mutate = (fields: string[]) =>
      target.server.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authHeaders('editor') },
        body: JSON.stringify({ query: `mutation { ${fields.join(' ')} }` }),
      });
    try {
      const two = await mutate([split('a'), split('b')]);
      expect(two.status).toBe(200);
      expect(
        ((await two.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
          .code,
      ).toBe('NOT_FOUND');
      expect((await mutate([split('c')])).status).toBe(200);
      const refused = await mutate([split('d')]);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await refused.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
      // Reads from the same client still answer.
      expect((await post(target, authHeaders('editor'))).status).toBe(200);
    } finally {
      await target.close();
    }
  });

  it('reads the budgets from the environment; 0 turns one off', () => {
    expect(loadConfig({}).limits).toMatchObject({
      anonymousRequestsPerMinute: 600,
      authenticatedRequestsPerMinute: 6000,
      writesPerMinute: 600,
    });
    expect(loadConfig({ CLAIMGRAPH_RATE_LIMIT_WRITES: '0' }).limits.writesPerMinute).toBe(0);
    expect(
      loadConfig({ CLAIMGRAPH_RATE_LIMIT_ANONYMOUS: '0', CLAIMGRAPH_RATE_LIMIT_AUTHENTICATED: '50' }).limits,
    ).toMatchObject({ anonymousRequestsPerMinute: 0, authenticatedRequestsPerMinute: 50 });
    expect(() => loadConfig({ CLAIMGRAPH_RATE_LIMIT_ANONYMOUS: '-1' })).toThrow(
      'CLAIMGRAPH_RATE_LIMIT_ANONYMOUS',
    );
  });
});

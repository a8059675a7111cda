// Operation limits: each armor limit, the page size and the batch size reject with
// QUERY_TOO_COMPLEX (or BAD_USER_INPUT for a page size), configured through the environment.

import { type AppConfig, loadConfig } from '../../../src/platform/config';
import { openHarness, useHarness } from '../../support/harness';

const deep = (levels: number) =>
  `{ actor(id: "actor:nato") ${'{ statements { edges { node { speaker '.repeat(levels)}{ id }${' } } } }'.repeat(levels)} }`;

describe('operation limits', () => {
  const harness = useHarness();

  it('has every limit on by default, and reads each from the environment', () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 16,
      maxCost: 100_000,
      maxAliases: 15,
      maxTokens: 2000,
      maxDirectives: 20,
      maxPageSize: 100,
      maxBatch: 10,
      maxConcurrentExports: 2,
      anonymousRequestsPerMinute: 600,
      authenticatedRequestsPerMinute: 6000,
      writesPerMinute: 600,
      blockFieldSuggestions: false,
      maxResponseBytes: 4 * 1024 * 1024,
      maxSubscriptions: 1000,
      maxSubscriptionsPerClient: 50,
      maxRequestBytes: 16 * 1024 * 1024,
    });
    expect(loadConfig({ NODE_ENV: 'production' }).limits.blockFieldSuggestions).toBe(true);
    const env = {
      CLAIMGRAPH_MAX_DEPTH: '3',
      CLAIMGRAPH_MAX_COST: '50',
      CLAIMGRAPH_MAX_ALIASES: '2',
      CLAIMGRAPH_MAX_TOKENS: '40',
      CLAIMGRAPH_MAX_DIRECTIVES: '1',
      CLAIMGRAPH_MAX_PAGE_SIZE: '5',
      CLAIMGRAPH_MAX_BATCH: '2',
      CLAIMGRAPH_MAX_CONCURRENT_EXPORTS: '3',
      CLAIMGRAPH_BLOCK_FIELD_SUGGESTIONS: 'true',
      CLAIMGRAPH_MAX_RESPONSE_BYTES: '1000',
      CLAIMGRAPH_MAX_SUBSCRIPTIONS: '7',
      CLAIMGRAPH_MAX_SUBSCRIPTIONS_PER_CLIENT: '3',
      CLAIMGRAPH_MAX_REQUEST_BYTES: '4096',
    };
    expect(loadConfig(env).limits).toEqual({
      maxDepth: 3,
      maxCost: 50,
      maxAliases: 2,
      maxTokens: 40,
      maxDirectives: 1,
      maxPageSize: 5,
      maxBatch: 2,
      maxConcurrentExports: 3,
      anonymousRequestsPerMinute: 600,
      authenticatedRequestsPerMinute: 6000,
      writesPerMinute: 600,
      blockFieldSuggestions: true,
      maxResponseBytes: 1000,
      maxSubscriptions: 7,
      maxSubscriptionsPerClient: 3,
      maxRequestBytes: 4096,
    });
    expect(() => loadConfig({ CLAIMGRAPH_MAX_DEPTH: 'ten' })).toThrow(
      'CLAIMGRAPH_MAX_DEPTH must be a positive integer',
    );
    expect(() => loadConfig({ CLAIMGRAPH_BLOCK_FIELD_SUGGESTIONS: 'maybe' })).toThrow('true or false');
  });

  it.each<[string, string]>([
    ['maxDepth', deep(4)],
    ['maxAliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: apiVersion`).join(' ')} }`],
    ['maxTokens', `{ ${'apiVersion '.repeat(2001)} }`],
    ['maxDirectives', `{ ${'__typename @include(if: true) '.repeat(21)} }`],
    [
      'maxCost',
      // Three nested pages of 100: a million statements' worth of fields.
      `{ statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node { speaker {
          statements(first: 100) { edges { node { id text } } } } } } } } } } } }`,
    ],
  ])('rejects an operation over %s with QUERY_TOO_COMPLEX before it runs', async (limit, query) => {
    const response = await harness.gql(query);
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit } }),
    ]);
    expect(response.data).toBeUndefined();
    expect(response.queries).toEqual([]);
  });

  it('accepts two nested pages of 100 and a literal page size the resolver then refuses', async () => {
    const nested = await harness.gql(
      '{ actors(first: 100) { edges { node { name statements(first: 100) { edges { node { text cue } } } } } } }',
    );
    expect(nested.errors).toBeUndefined();
    const huge = await harness.gql('{ statements(first: 100000) { edges { cursor } } }');
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('accepts the deepest operations the API is built for', async () => {
    const speaker = 'speaker { affiliations { edges { node { organization { name } } } } }';
    const related = 'claim { statements(first: 3) { edges { node { source { outlet { name } } } } } }';
    const claim = `claim { relations { edges { node { ${related} } } } }`;
    const trace = 'trace { actor { name } source { title } }';
    const response = await harness.gql(
      `{ statements(first: 5) { edges { node { id ${speaker} ${claim} ${trace} } } } }`,
    );
    expect(response.errors).toBeUndefined();
  });

  it('applies the configured limits', async () => {
    const strict = openHarness({
      limits: { ...harness.config.limits, maxDepth: 2, maxPageSize: 5, maxBatch: 2 },
    } satisfies Partial<AppConfig>);
    try {
      const depth = await strict.gql(
        '{ actor(id: "actor:nato") { affiliations { edges { node { organization { name } } } } } }',
      );
      expect(depth.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth' });
      const page = await strict.gql('{ statements(first: 6) { totalCount } }');
      expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await strict.gql('{ statements(first: 5) { totalCount } }')).errors).toBeUndefined();
      const batch = await strict.server.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([
          { query: '{ apiVersion }' },
          { query: '{ apiVersion }' },
          { query: '{ apiVersion }' },
        ]),
      });
      expect(batch.status).toBe(413);
      expect(await batch.json()).toEqual({
        errors: [expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxBatch' } })],
      });
    } finally {
      await strict.close();
    }
  });

  it('prices a page size given in a variable: the same document passes with $n = 2 and is refused with $n = 100', async () => {
    const query = `query ($n: Int) { statements(first: $n) { edges { node { claim { statements(first: $n) {
      edges { node { claim { statements(first: $n) { edges { node { id text } } } } } } } } } } } }`;
    expect((await harness.gql(query, { n: 2 })).errors).toBeUndefined();
    const refused = await harness.gql(query, { n: 100 });
    expect(refused.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxCost' } }),
    ]);
    expect(refused.data).toBeUndefined();
    // prices are kept per document and page size: the small page still passes afterwards
    expect((await harness.gql(query, { n: 2 })).errors).toBeUndefined();
  });

  it('prices what @include and @skip variables select: one document passes without its deep branch and is refused with it', async () => {
    const query = `query ($deep: Boolean!, $shallow: Boolean!) { statements(first: 100) { edges { node {
      id claim @skip(if: $shallow) { statements(first: 100) { edges { node {
        claim @include(if: $deep) { statements(first: 100) { edges { node { id text } } } } } } } } } } } }`;
    const cost = async (deep: boolean, shallow: boolean) =>
      (await harness.gql(query, { deep, shallow })).errors?.[0]?.extensions;
    expect(await cost(false, false)).toBeUndefined();
    expect(await cost(true, false)).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'maxCost' });
    expect(await cost(true, true)).toBeUndefined();
    expect(await cost(false, false)).toBeUndefined();
  });

  it('refuses a response past the size budget with RESPONSE_TOO_LARGE and no data, and counts a long text in full', async () => {
    const small = openHarness({
      limits: { ...harness.config.limits, maxResponseBytes: 1500 },
    } satisfies Partial<AppConfig>);
    try {
      const fits = await small.gql('{ statements(first: 2) { edges { node { id } } } }');
      expect(fits.errors).toBeUndefined();
      for (const query of [
        '{ statements(first: 100) { edges { node { text speaker { name } } } } }',
        '{ source(id: "source:independent-2019-03-14-huawei-nato") { text } }',
      ]) {
        const response = await small.server.fetch('http://claimgraph.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query }),
        });
        const text = await response.text();
        expect(JSON.parse(text)).toEqual({
          data: null,
          errors: [
            expect.objectContaining({
              extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'maxResponseBytes', maxBytes: 1500 },
            }),
          ],
        });
        expect(text.length).toBeLessThan(1000);
      }
    } finally {
      await small.close();
    }
  });

  it('suggests field names in development and hides them when blocked (production)', async () => {
    const suggested = await harness.gql('{ apiVersio }');
    expect(suggested.errors?.[0]?.message).toContain('Did you mean "apiVersion"?');
    const production = openHarness({
      production: true,
      limits: { ...harness.config.limits, blockFieldSuggestions: true },
    });
    try {
      const blocked = await production.gql('{ apiVersio }');
      expect(blocked.errors?.[0]?.message).not.toContain('apiVersion"?');
      expect(blocked.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await production.close();
    }
  });
});

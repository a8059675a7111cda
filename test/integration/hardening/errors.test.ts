// Errors: expected ones carry stable codes, unexpected ones are masked, and no response
// carries a stack trace, Cypher, a driver message or an internal element id.

import { createServer } from '../../../src/api/server';
import type { Database } from '../../../src/store/neo4j/database';
import { createDatabase, createDriver } from '../../../src/store/neo4j/database';
import { type Harness, testConfig, useHarness } from '../../support/harness';
import { KNOWN_CODES, LEAK } from '../../support/leaks';
import { captureLogs } from '../../support/log-capture';

async function post(server: Harness['server'], body: string, headers: Record<string, string> = {}) {
  const response = await server.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('errors', () => {
  const harness = useHarness();

  it('masks an unexpected database error, logs it in full, and leaks nothing', async () => {
    const logs = captureLogs();
    // The real Neo4j, sent a malformed statement: a genuine driver error with Cypher in its message.
    const broken: Database = {
      ...harness.db,
      read: (operation, _cypher, params) => harness.db.read(operation, 'MATCH (n) RETURN n.id +', params),
    };
    const server = createServer({ db: broken, config: harness.config, logger: logs.logger });
    const { status, text } = await post(
      server,
      JSON.stringify({ query: '{ actor(id: "actor:nato") { name } }' }),
    );
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      data: { actor: null },
      errors: [
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 3 }],
          path: ['actor'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(text).not.toMatch(LEAK);
    const logged = logs.lines.find((line) => line.msg === 'unexpected error (masked in the response)');
    expect(JSON.stringify(logged)).toContain('Neo.ClientError.Statement.SyntaxError');
  });

  it('answers DATABASE_UNAVAILABLE quickly when Neo4j cannot be reached, leaking nothing', async () => {
    const config = testConfig();
    const down = createDatabase(createDriver({ ...config.neo4j, uri: 'bolt://127.0.0.1:1' }), 'neo4j');
    const server = createServer({ db: down, config });
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const started = Date.now();
        const { status, text } = await post(
          server,
          JSON.stringify({ query: '{ actor(id: "actor:nato") { name } }' }),
        );
        expect(Date.now() - started).toBeLessThan(3000);
        expect(status).toBe(200);
        expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
        expect(text).not.toMatch(LEAK);
      }
    } finally {
      await down.close();
    }
  });

  it.each<[string, string, string]>([
    ['malformed JSON', '{"query": "{ apiVersion }"', 'BAD_REQUEST'],
    ['no query', '{}', 'BAD_REQUEST'],
    ['a syntax error', JSON.stringify({ query: '{ apiVersion' }), 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', JSON.stringify({ query: '{ nope }' }), 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a variable of the wrong type',
      JSON.stringify({
        query: 'query($n: Int) { statements(first: $n) { totalCount } }',
        variables: { n: 'ten' },
      }),
      'BAD_USER_INPUT',
    ],
    [
      'a bad cursor',
      JSON.stringify({ query: '{ statements(after: "bm90LWEtY3Vyc29y") { totalCount } }' }),
      'BAD_USER_INPUT',
    ],
    ['both id and name', JSON.stringify({ query: '{ actor(id: "a", name: "b") { id } }' }), 'BAD_USER_INPUT'],
    [
      'a mutation with bad input',
      JSON.stringify({
        query: 'mutation { upsertSource(input: { kind: ARTICLE, url: "javascript:alert(1)" }) { id } }',
      }),
      'BAD_USER_INPUT',
    ],
    [
      'a merge of a missing actor',
      JSON.stringify({
        query: 'mutation { mergeActors(keepId: "actor:nato", mergeId: "actor:none") { mergedId } }',
      }),
      'NOT_FOUND',
    ],
  ])('gives %s a stable code and no internals', async (_, body, code) => {
    const { status, text } = await post(harness.server, body, {
      authorization: 'Bearer test-admin-key-0123456789',
    });
    expect(status).toBeLessThan(500);
    const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(parsed.errors?.map((e) => e.extensions?.code)).toContain(code);
    for (const error of parsed.errors ?? []) expect(KNOWN_CODES.has(error.extensions?.code ?? '')).toBe(true);
    expect(JSON.stringify(parsed.errors)).not.toMatch(LEAK);
  });

  it('masks errors even with NODE_ENV=development, where Yoga would otherwise add details', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const broken: Database = {
        ...harness.db,
        read: (operation, _cypher, params) => harness.db.read(operation, 'MATCH (n) RETURN n.id +', params),
      };
      const server = createServer({
        db: broken,
        config: harness.config,
        logger: captureLogs('silent').logger,
      });
      const { text } = await post(server, JSON.stringify({ query: '{ actor(id: "actor:nato") { name } }' }));
      expect(text).toContain('Unexpected error.');
      expect(text).not.toMatch(LEAK);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});

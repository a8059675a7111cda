// Issue 18, finding 3: a read Neo4j plans badly, or the most expensive legal query on a large
// graph, ran as long as it liked. Transactions carry a deadline that Neo4j itself enforces: the
// query is terminated there (not only abandoned by the client) and the caller gets QUERY_TIMEOUT.

import { createServer } from '../../../src/api/server';
import { QueryTimeoutError } from '../../../src/domain/errors';
import { loadConfig } from '../../../src/platform/config';
import { createDatabase, createDriver, type Database } from '../../../src/store/neo4j/database';
import { useHarness } from '../../support/harness';

// Counts to two hundred million: seconds of work on any machine, touching no data.
const SLOW = 'UNWIND range(1, 200000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';

async function runningSlowQueries(db: Database): Promise<number> {
  const result = await db.read(
    'test.transactions',
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n',
    {
      marker: 'range(1, 200000000)',
    },
  );
  return Number(result.records[0]?.get('n'));
}

describe('query deadlines', () => {
  const harness = useHarness();
  let quick: Database;

  beforeAll(() => {
    quick = createDatabase(createDriver(harness.config.neo4j), harness.config.neo4j.database, undefined, {
      readTimeoutMs: 300,
      writeTimeoutMs: 300,
    });
  });
  afterAll(() => quick.close());

  it('terminates a read past its deadline in Neo4j and answers QUERY_TIMEOUT', async () => {
    await expect(quick.read('test.slow', SLOW)).rejects.toBeInstanceOf(QueryTimeoutError);
    // Terminated on the server, not left running after the client gave up.
    let running = await runningSlowQueries(harness.db);
    for (let poll = 0; running > 0 && poll < 20; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      running = await runningSlowQueries(harness.db);
    }
    expect(running).toBe(0);
  });

  it('does the same for transactions, reads and writes, and writes nothing', async () => {
    await expect(quick.readTransaction('test.slow-tx', (tx) => tx.run(SLOW))).rejects.toBeInstanceOf(
      QueryTimeoutError,
    );
    await expect(
      quick.write('test.slow-write', async (tx) => {
        await tx.run('CREATE (:DeadlineProbe {id: 1})');
        await tx.run(SLOW);
      }),
    ).rejects.toBeInstanceOf(QueryTimeoutError);
    const left = await harness.db.read('test.probe', 'MATCH (p:DeadlineProbe) RETURN count(p) AS n');
    expect(Number(left.records[0]?.get('n'))).toBe(0);
  });

  it('answers a GraphQL read that passes the deadline with the coded error', async () => {
    const slow: Database = {
      ...quick,
      read: (operation, _cypher, params) => quick.read(operation, SLOW, params),
      // Each request's view of the database (its bookmarks) is this slow one too.
      causal: () => slow,
    };
    const server = createServer({ db: slow, config: harness.config });
    const response = await server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(query: "huawei") { score } }' }),
    });
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]?.extensions.code).toBe('QUERY_TIMEOUT');
    expect(body.errors[0]?.message).not.toMatch(/range|UNWIND|Neo4j|Transaction/);
  });

  it('reads the deadlines from the environment', () => {
    expect(loadConfig({}).neo4j).toMatchObject({ readTimeoutMs: 15_000, writeTimeoutMs: 120_000 });
    expect(
      loadConfig({ CLAIMGRAPH_READ_TIMEOUT_MS: '2500', CLAIMGRAPH_WRITE_TIMEOUT_MS: '9000' }).neo4j,
    ).toMatchObject({ readTimeoutMs: 2500, writeTimeoutMs: 9000 });
  });
});

// Neo4j goes away under a running API and comes back: /ready says 503 and queries fail fast
// with DATABASE_UNAVAILABLE while it is down, and the same server recovers, with no restart,
// once it is up. A Neo4j of its own (a free port, a temporary home), so the shared test
// database is never stopped.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ClaimgraphServer, createServer } from '../../../src/api/server';
import { loadSeed } from '../../../src/core/load-seed';
import { silentLogger } from '../../../src/platform/logger';
import { createDatabase, createDriver, type Database } from '../../../src/store/neo4j/database';
import { type LocalNeo4j, startLocalNeo4j } from '../../../src/store/neo4j/local-neo4j';
import { applyMigrations } from '../../../src/store/neo4j/migrations';
import { freePort } from '../../support/free-port';
import { authHeaders, testConfig } from '../../support/harness';
import { LEAK } from '../../support/leaks';

const neo4jOptions = (home: string, port: number) => ({
  port,
  home,
  reuse: false,
  log: silentLogger,
  heap: '512m',
  pageCache: '64m',
});

describe('database faults', () => {
  const home = mkdtempSync(join(tmpdir(), 'claimgraph-faults-'));
  let neo4j: LocalNeo4j | undefined;
  let port: number;
  let db: Database;
  let server: ClaimgraphServer;

  beforeAll(async () => {
    port = await freePort();
    neo4j = await startLocalNeo4j(neo4jOptions(home, port));
    expect(neo4j.startedHere).toBe(true);
    const config = testConfig();
    db = createDatabase(createDriver({ ...config.neo4j, uri: neo4j.uri }), config.neo4j.database, {
      probeAfterMs: 300,
      retryMs: 250,
    });
    await applyMigrations(db, silentLogger);
    await loadSeed(db);
    server = createServer({ db, config });
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    rmSync(home, { recursive: true, force: true });
  }, 120_000);

  const ready = async () => (await server.fetch('http://claimgraph.test/ready')).status;
  async function query(document: string, role: 'anonymous' | 'admin' = 'anonymous') {
    const started = Date.now();
    const response = await server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders(role) },
      body: JSON.stringify({ query: document }),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text), ms: Date.now() - started };
  }
  const ACTOR = '{ actor(name: "Stotlenberg") { name } }';

  it('is ready and answers while Neo4j runs', async () => {
    expect(await ready()).toBe(200);
    expect((await query(ACTOR)).body).toEqual({ data: { actor: { name: 'Jens Stoltenberg' } } });
  });

  it('says 503 and fails fast with DATABASE_UNAVAILABLE while Neo4j is stopped', async () => {
    await neo4j?.stop();
    expect(await ready()).toBe(503);

    const first = await query(ACTOR);
    expect(first.status).toBe(200);
    expect(first.body.errors[0].extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
    expect(first.ms).toBeLessThan(3000);
    expect(first.text).not.toMatch(LEAK);

    // The breaker is open now: no more waiting on the driver's retries.
    for (const document of [ACTOR, '{ statements(first: 3) { totalCount } }']) {
      const again = await query(document);
      expect(again.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(again.ms).toBeLessThan(200);
    }
    const write = await query(
      'mutation { upsertActor(input: { name: "Down", kind: PERSON }) { id } }',
      'admin',
    );
    expect(write.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(write.ms).toBeLessThan(200);
    expect((await query('{ apiVersion }')).body).toEqual({ data: { apiVersion: expect.any(String) } });
  });

  it('recovers without a restart once Neo4j is back', async () => {
    neo4j = await startLocalNeo4j(neo4jOptions(home, port));
    const deadline = Date.now() + 15_000;
    while ((await ready()) !== 200) {
      if (Date.now() > deadline) throw new Error('/ready did not return to 200 within 15 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await query(ACTOR)).body).toEqual({ data: { actor: { name: 'Jens Stoltenberg' } } });
    // The write refused during the outage did not happen.
    expect((await query('{ actor(name: "Down") { id } }')).body).toEqual({ data: { actor: null } });
  }, 240_000);
});

// Neo4j goes away under a running API and comes back: /ready says 503 and queries fail fast
// with DATABASE_UNAVAILABLE while it is down, and the same server recovers, with no restart,
// once it is up. It is stopped and started the way a developer would, with `npm run db:stop`
// and `npm run db:start` (issue 18, finding 2: db:stop could not stop the Neo4j the API had
// started). A Neo4j of its own (a free port, a temporary home), so the shared test database is
// never stopped.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ClaimgraphServer, createServer } from '../../../src/api/server';
import { loadSeed } from '../../../src/core/load-seed';
import { silentLogger } from '../../../src/platform/logger';
import { createDatabase, createDriver, type Database } from '../../../src/store/neo4j/database';
import { type LocalNeo4j, startLocalNeo4j, stopRecordedNeo4j } from '../../../src/store/neo4j/local-neo4j';
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
  transactionTimeoutSeconds: 2,
});

/**
 * `npm run db:<command>` for this suite's data folder and port. Asynchronous: while Neo4j
 * stops, this process's driver has to answer it on the event loop.
 */
function dbCommand(command: 'start' | 'stop' | 'status', home: string, port: number) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/db.ts', command], {
      env: {
        ...process.env,
        NEO4J_HOME: home,
        NEO4J_PORT: String(port),
        NEO4J_HEAP: '512m',
        NEO4J_PAGECACHE: '64m',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('close', (code) => resolve({ code, out }));
  });
}

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
    db = createDatabase(
      createDriver({ ...config.neo4j, uri: neo4j.uri }),
      config.neo4j.database,
      { probeAfterMs: 300, retryMs: 250 },
      config.neo4j,
    );
    await applyMigrations(db, silentLogger);
    await loadSeed(db);
    server = createServer({ db, config });
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    // The one db:start brought back, detached from this process.
    await stopRecordedNeo4j(home);
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

  it('gives a transaction that brings no deadline one of its own, enforced by Neo4j', async () => {
    // The raw driver, no timeout in the transaction's config: only the launcher's setting stops
    // it. Real data: every pair of the seed's nodes, a few times over.
    const driver = createDriver({ ...testConfig().neo4j, uri: neo4j?.uri as string });
    const session = driver.session({ database: testConfig().neo4j.database });
    try {
      const started = Date.now();
      const slow = session.run(
        'MATCH (a), (b), (c), (d) WHERE a.id < b.id OR c.id < d.id RETURN count(*) AS n',
      );
      await expect(slow).rejects.toMatchObject({
        code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      });
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await session.close();
      await driver.close();
    }
  });

  it('is recorded as started by the API, which db:status says', async () => {
    const status = await dbCommand('status', home, port);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({
      answering: true,
      pid: neo4j?.pid,
      startedBy: `the API (npm start), pid ${process.pid}`,
    });
  });

  it('says 503 and fails fast with DATABASE_UNAVAILABLE once db:stop stops it', async () => {
    const stop = await dbCommand('stop', home, port);
    expect(stop.out).toContain(`Stopped local Neo4j (pid ${neo4j?.pid}).`);
    neo4j = undefined;
    expect(await dbCommand('status', home, port)).toMatchObject({ code: 3 });
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

  it('recovers without a restart once db:start brings Neo4j back', async () => {
    const start = await dbCommand('start', home, port);
    expect(start).toMatchObject({ code: 0 });
    expect(JSON.parse((await dbCommand('status', home, port)).out)).toMatchObject({
      answering: true,
      startedBy: 'npm run db:start',
    });
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

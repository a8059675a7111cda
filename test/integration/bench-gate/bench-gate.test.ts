// Performance regression gate: a few thousand synthetic statements in a Neo4j of its own
// (not the shared test database), the five canonical operations through claimgraph, and two
// checks per operation: Cypher round trips per request (exact) and PROFILE db hits against
// bench/snapshots/db-hits.json (at most DB_HITS_TOLERANCE above the snapshot). The corpus is
// deterministic and loaded with one transaction at a time; every index sample is brought up
// to date with the loaded data and the plan cache cleared before measuring (prepareForReplanning:
// without it, plans depended on whether Neo4j's background sampler had run since the load, and
// an index sampled while its label was still empty gave zero-row estimates and arbitrary plans);
// and PROFILE plans with the exhaustive `dp` planner (the default planner has a time budget, so
// a busy machine could get another plan). So db hits are the same in every fresh store.
// After an intended change, UPDATE_BENCH_SNAPSHOTS=1 rewrites the snapshot.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkerLookups } from '../../../bench/link-lookups';
import { inProcessRunner, type Measured, measureWay, prepareForReplanning } from '../../../bench/measure';
import { operations, type Params, pagedFieldOperations } from '../../../bench/operations';
import { profileQueries } from '../../../bench/profile';
import { type AppConfig, loadConfig } from '../../../src/platform/config';
import { silentLogger } from '../../../src/platform/logger';
import { projectRoot } from '../../../src/platform/project-root';
import { bulkLoad, NonEmptyGraphError } from '../../../src/store/bulk/loader';
import { createDatabase, createDriver, type Database } from '../../../src/store/neo4j/database';
import { type LocalNeo4j, startLocalNeo4j } from '../../../src/store/neo4j/local-neo4j';
import { applyMigrations } from '../../../src/store/neo4j/migrations';
import { generateCorpus } from '../../../src/synthetic/corpus';
import { corpusSpec } from '../../../src/synthetic/corpus-spec';

const STATEMENTS = 3000;
/** db hits may grow by this fraction before the gate fails (room for a small intended change; plans are deterministic) */
const DB_HITS_TOLERANCE = 0.1;
const SNAPSHOT = join(projectRoot(), 'bench', 'snapshots', 'db-hits.json');

interface Snapshot {
  statements: number;
  operations: Record<string, { roundTrips: number; dbHits: number }>;
}

jest.setTimeout(240_000);

let local: LocalNeo4j;
let home: string;
let db: Database;
let config: AppConfig;
let measured: Map<string, Measured>;

/** BENCH_GATE_NEO4J_PORT, or a port the OS reports free, so concurrent `npm test` runs never share one. */
async function gatePort(): Promise<number> {
  if (process.env.BENCH_GATE_NEO4J_PORT) return Number(process.env.BENCH_GATE_NEO4J_PORT);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'claimgraph-bench-gate-'));
  const port = await gatePort();
  local = await startLocalNeo4j({ port, home, heap: '512m', pageCache: '256m', log: silentLogger });
  if (!local.startedHere) throw new Error(`Port ${port} already has a Neo4j: set BENCH_GATE_NEO4J_PORT`);
  const base = loadConfig({ ...process.env, NODE_ENV: 'test' });
  config = { ...base, neo4j: { ...base.neo4j, uri: local.uri } };
  db = createDatabase(createDriver(config.neo4j), config.neo4j.database);
  await applyMigrations(db, silentLogger);
  await bulkLoad(db, generateCorpus(corpusSpec({ statements: STATEMENTS, batchSize: 1000 })), {
    concurrency: 1,
  });
  await prepareForReplanning(db);
  measured = await measureWay(
    'claimgraph',
    db.driver,
    config,
    [...operations(STATEMENTS), ...pagedFieldOperations(STATEMENTS)],
    {
      planner: 'dp',
    },
  );
  // The linker's look-ups, as ingestion sends them: reads, profiled the same way.
  for (const lookup of linkerLookups(STATEMENTS)) {
    const queries = await profileQueries(db.driver, config.neo4j.database, lookup.queries, { planner: 'dp' });
    measured.set(lookup.name, {
      roundTrips: lookup.queries.length,
      dbHits: queries.reduce((sum, query) => sum + query.dbHits, 0),
      queries,
    });
  }
});

afterAll(async () => {
  await db?.close();
  await local?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

test('the bulk loader refuses a graph that already holds data', async () => {
  await expect(
    bulkLoad(db, generateCorpus(corpusSpec({ statements: 100 })), { concurrency: 1 }),
  ).rejects.toBeInstanceOf(NonEmptyGraphError);
});

test('the corpus loaded in full', async () => {
  const result = await db.read(
    'gate.counts',
    'MATCH (s:Statement) WITH count(s) AS statements MATCH (:Statement)-[v:VIA]->() RETURN statements, count(v) AS via',
  );
  expect(Number(result.records[0]?.get('statements'))).toBe(STATEMENTS);
  expect(Number(result.records[0]?.get('via'))).toBeGreaterThan(0);
});

test('round trips and db hits of the canonical operations stay within the snapshot', () => {
  const current: Snapshot = {
    statements: STATEMENTS,
    operations: Object.fromEntries(
      [...measured].map(([name, m]) => [name, { roundTrips: m.roundTrips, dbHits: m.dbHits }]),
    ),
  };
  if (process.env.UPDATE_BENCH_SNAPSHOTS === '1') {
    writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 2)}\n`);
    return;
  }
  const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot;
  const regressions: string[] = [];
  for (const [name, expected] of Object.entries(snapshot.operations)) {
    const actual = current.operations[name];
    if (!actual) {
      regressions.push(`${name}: not measured`);
      continue;
    }
    if (actual.roundTrips !== expected.roundTrips) {
      regressions.push(`${name}: ${actual.roundTrips} round trips, snapshot ${expected.roundTrips}`);
    }
    if (actual.dbHits > expected.dbHits * (1 + DB_HITS_TOLERANCE)) {
      const perQuery = measured.get(name)?.queries.map((q) => `${q.dbHits} ${q.head}`) ?? [];
      regressions.push(
        `${name}: ${actual.dbHits} db hits, snapshot ${expected.dbHits} (+${DB_HITS_TOLERANCE * 100}% allowed); per query: ${perQuery.join(' | ')}`,
      );
    }
  }
  expect(regressions).toEqual([]);
});

// The floor is only a floor if it computes what claimgraph answers: the same statements in
// the same order, the same buckets, the same stances, the same search hits.
describe('the Cypher floor answers what claimgraph answers', () => {
  // biome-ignore lint/suspicious/noExplicitAny: untyped JSON answers, walked by the shape each operation selects
  type Json = any;
  const ids = (items: Json[] | undefined) => (items ?? []).map((item: Json) => item?.id);
  const answers: Record<string, { claimgraph(data: Json): unknown; floor(records: Json[]): unknown }> = {
    trace: {
      claimgraph: (data) => ({
        speaker: data.trace.find((hop: Json) => hop.actor)?.actor.id,
        sources: data.trace.filter((hop: Json) => hop.source).map((hop: Json) => hop.source.id),
      }),
      floor: ([record]) => ({
        speaker: record.speaker.id,
        sources: [...ids(record.intermediaries), record.publication.id],
      }),
    },
    'actor-latest': {
      claimgraph: (data) => data.actor.statements.edges.map((edge: Json) => edge.node.id),
      floor: ([record]) => ids(record.actor.statements),
    },
    'topic-range': {
      claimgraph: (data) => data.statements.edges.map((edge: Json) => edge.node.id),
      floor: (records) => records.slice(0, 20).map((record) => record.statement.id),
    },
    dashboard: {
      claimgraph: (data) => ({
        months: data.months.buckets.map((bucket: Json) => [bucket.key, bucket.count]),
        stances: data.stances.edges.map((edge: Json) => edge.node.id),
      }),
      floor: ([months, stances]) => ({
        months: months.months.map((bucket: Json) => [bucket.key, Number(bucket.count)]),
        stances: ids(stances.stances),
      }),
    },
    search: {
      // a source hit selects none of the three fields: null in claimgraph, {} in the floor
      claimgraph: (data) =>
        data.search.map((hit: Json) => (hit.statement ?? hit.claim ?? hit.actor)?.id ?? null),
      floor: (records) =>
        records.map((record) => (record.hit.statement ?? record.hit.claim ?? record.hit.actor)?.id ?? null),
    },
  };

  /** The busiest case of each operation, beyond the sampled parameters: where order and limits bite. */
  const BUSIEST: Record<string, { param: 'id' | 'topic'; cypher: string; dated: boolean }> = {
    'actor-latest': {
      param: 'id',
      cypher: 'MATCH (a:Actor)<-[:SAID_BY]-() RETURN a.id AS key, count(*) AS n ORDER BY n DESC LIMIT 1',
      dated: false,
    },
    'topic-range': {
      param: 'topic',
      cypher:
        'MATCH (t:Topic)<-[:ABOUT]-(:Claim)<-[:EXPRESSES]-() RETURN t.name AS key, count(*) AS n ORDER BY n DESC LIMIT 1',
      dated: true,
    },
    dashboard: {
      param: 'topic',
      cypher: 'MATCH (t:Topic)<-[:TOWARD]-() RETURN t.name AS key, count(*) AS n ORDER BY n DESC LIMIT 1',
      dated: true,
    },
  };
  async function busiest(name: string): Promise<Params | undefined> {
    const busiest = BUSIEST[name];
    if (!busiest) return undefined;
    const key = (await db.read('gate.busiest', busiest.cypher)).records[0]?.get('key') as string;
    return { [busiest.param]: key, ...(busiest.dated ? { from: '2000-01-01', to: '2039-12-31' } : {}) };
  }

  test.each(operations(STATEMENTS).map((operation) => [operation.name, operation] as const))(
    '%s',
    async (name, operation) => {
      const claimgraph = await inProcessRunner('claimgraph', db.driver, config);
      const floor = await inProcessRunner('cypher', db.driver, config);
      const answer = answers[name];
      if (!answer) throw new Error(`no comparison for ${name}`);
      const extra = await busiest(name);
      const cases = [0, 1, 2, 3, 4].map((n) => operation.params(n)).concat(extra ? [extra] : []);
      for (const params of cases) {
        const expected = answer.claimgraph(await claimgraph(operation, params));
        expect({ params, answer: answer.floor((await floor(operation, params)) as Json[]) }).toEqual({
          params,
          answer: expected,
        });
      }
    },
  );
});

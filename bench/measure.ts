// Round trips and db hits per request: the operation runs once in-process through a
// recording driver, then each recorded query is re-run under PROFILE.

import type { Driver } from 'neo4j-driver';
import { createServer } from '../src/api/server';
import type { AppConfig } from '../src/platform/config';
import { createDatabase, type Database } from '../src/store/neo4j/database';
import { floorRecords } from './floor';
import type { GateOperation, Operation, Params, Way } from './operations';
import { graphqlBody } from './operations';
import { type ProfiledQuery, profileQueries } from './profile';
import { recordingDriver } from './recording-driver';
import { peerApp } from './servers/apps';

export interface Measured {
  roundTrips: number;
  dbHits: number;
  queries: ProfiledQuery[];
}

type Runner = (operation: Operation, params: Params) => Promise<unknown>;

interface FetchApp {
  fetch(
    url: string,
    init: { method: string; headers: Record<string, string>; body: string },
  ): Promise<Response> | Response;
}

async function graphqlRunner(app: FetchApp, way: 'claimgraph' | 'neo4j-graphql'): Promise<Runner> {
  return async (operation, params) => {
    const response = await app.fetch('http://bench.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: graphqlBody(operation, way, params),
    });
    const json = (await response.json()) as { errors?: unknown[]; data?: unknown };
    if (json.errors)
      throw new Error(`${way} ${operation.name}: ${JSON.stringify(json.errors).slice(0, 500)}`);
    return json.data;
  };
}

/** An in-process runner for one way, over a driver (a recording one, to measure). */
export async function inProcessRunner(way: Way, driver: Driver, config: AppConfig): Promise<Runner> {
  const db = createDatabase(driver, config.neo4j.database);
  if (way === 'claimgraph') return graphqlRunner(createServer({ db, config }), way);
  if (way === 'neo4j-graphql') {
    return graphqlRunner((await peerApp(driver)) as unknown as FetchApp, way);
  }
  return (operation, params) => floorRecords(db, operation, params);
}

const SETTLE_TIMEOUT_MS = 120_000;

/** Indexes whose sample predates writes to them ("Label(prop)" -> updates since the sample). */
async function staleIndexSamples(db: Database): Promise<Map<string, number>> {
  const result = await db.read(
    'bench.index-samples',
    `CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.indexes AS i
WITH i WHERE i.updatesSinceEstimation > 0
RETURN coalesce(i.labels, i.relationshipTypes, []) AS tokens, i.properties AS properties,
  i.updatesSinceEstimation AS updates`,
  );
  return new Map(
    result.records.map((r) => [
      `${(r.get('tokens') as string[]).join(':')}(${(r.get('properties') as string[]).join(',')})`,
      Number(r.get('updates')),
    ]),
  );
}

/**
 * Brings every index sample up to date with the data, then clears the plan cache, so plans
 * depend on the data alone. Right after a bulk load they would otherwise depend on when
 * Neo4j's background sampler last ran: an index sampled before (or while) its label was
 * loaded reports 0 entries, every estimate through it becomes 0 rows, and the planner picks
 * among zero-cost ties (the bench gate saw up to 7x the db hits of the settled plan).
 * `db.prepareForReplanning` resamples only indexes with more updates than
 * dbms.index_sampling.update_percentage (5%) of their last sample, so an index sampled near
 * the end of a load is resampled here by name; the call returns once no sample is behind.
 */
export async function prepareForReplanning(db: Database): Promise<void> {
  await db.write('bench.replan', (tx) => tx.run('CALL db.prepareForReplanning(120)'));
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let stale = await staleIndexSamples(db);
  if (stale.size > 0) {
    const indexes = await db.read(
      'bench.index-names',
      'SHOW INDEXES YIELD name, labelsOrTypes, properties WHERE properties IS NOT NULL RETURN *',
    );
    const names = indexes.records
      .filter((r) =>
        stale.has(
          `${(r.get('labelsOrTypes') as string[]).join(':')}(${(r.get('properties') as string[]).join(',')})`,
        ),
      )
      .map((r) => r.get('name') as string);
    await db.write('bench.resample', async (tx) => {
      for (const name of names) await tx.run('CALL db.resampleIndex($name)', { name });
    });
  }
  while (stale.size > 0) {
    if (Date.now() > deadline) {
      throw new Error(`index samples still behind the data: ${JSON.stringify([...stale])}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    stale = await staleIndexSamples(db);
  }
  await db.write('bench.clear-plans', (tx) => tx.run('CALL db.clearQueryCaches()'));
}

export async function measureWay(
  way: Way,
  driver: Driver,
  config: AppConfig,
  /** GateOperations (claimgraph only) are measured only by the claimgraph way */
  operationsToMeasure: ReadonlyArray<Operation | GateOperation>,
  options: { paramsIndex?: number; planner?: 'dp' } = {},
): Promise<Map<string, Measured>> {
  const paramsIndex = options.paramsIndex ?? 0;
  const recorder = recordingDriver(driver);
  const run = await inProcessRunner(way, recorder.driver, config);
  const out = new Map<string, Measured>();
  for (const given of operationsToMeasure) {
    if (way !== 'claimgraph' && !('cypher' in given))
      throw new Error(`${given.name} runs only through claimgraph`);
    const operation = given as Operation;
    const params = operation.params(paramsIndex);
    await run(operation, params); // warm: plans cached, pages in
    recorder.take();
    await run(operation, params);
    const queries = await profileQueries(
      driver,
      config.neo4j.database,
      recorder.take(),
      options.planner ? { planner: options.planner } : {},
    );
    out.set(operation.name, {
      roundTrips: queries.length,
      dbHits: queries.reduce((sum, q) => sum + q.dbHits, 0),
      queries,
    });
  }
  return out;
}

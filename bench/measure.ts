// Round trips and db hits per request: the operation runs once in-process through a
// recording driver, then each recorded query is re-run under PROFILE.

import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../src/config';
import { createDatabase, type Database } from '../src/db/database';
import { createServer } from '../src/server';
import type { Operation, Params, Way } from './operations';
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
  return async (operation, params) =>
    (await db.read(`floor.${operation.name}`, operation.cypher, params)).records.map((r) => r.toObject());
}

/**
 * Resamples every index and clears the plan cache, waiting for both: plans chosen right after
 * a bulk load would otherwise depend on whether background sampling had caught up yet.
 */
export async function prepareForReplanning(db: Database): Promise<void> {
  await db.write('bench.replan', (tx) => tx.run('CALL db.prepareForReplanning(120)'));
}

export async function measureWay(
  way: Way,
  driver: Driver,
  config: AppConfig,
  operationsToMeasure: Operation[],
  options: { paramsIndex?: number; planner?: 'dp' } = {},
): Promise<Map<string, Measured>> {
  const paramsIndex = options.paramsIndex ?? 0;
  const recorder = recordingDriver(driver);
  const run = await inProcessRunner(way, recorder.driver, config);
  const out = new Map<string, Measured>();
  for (const operation of operationsToMeasure) {
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

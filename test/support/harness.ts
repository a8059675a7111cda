// Builds the real server against the tests' Neo4j and runs GraphQL in-process through
// yoga.fetch, counting the Cypher round trips each request makes.

import { type AppConfig, loadConfig } from '../../src/config';
import { createDatabase, createDriver, type Database, type QueryEvent } from '../../src/db/database';
import { type ClaimgraphServer, createServer } from '../../src/server';
import { TEST_URI_ENV } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }>;
  /** the Cypher queries this request sent, in order */
  queries: QueryEvent[];
}

export interface Harness {
  db: Database;
  server: ClaimgraphServer;
  config: AppConfig;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const base = loadConfig();
  const uri = process.env[TEST_URI_ENV];
  if (!uri) throw new Error(`${TEST_URI_ENV} is not set: run the tests through jest's global setup`);
  return { ...base, ...overrides, neo4j: { ...base.neo4j, uri } };
}

export function openHarness(overrides: Partial<AppConfig> = {}): Harness {
  const config = testConfig(overrides);
  const db = createDatabase(createDriver(config.neo4j), config.neo4j.database);
  const server = createServer({ db, config });
  return {
    db,
    server,
    config,
    async gql(query, variables) {
      const queries: QueryEvent[] = [];
      const unsubscribe = db.addQueryListener((event) => queries.push(event));
      try {
        const response = await server.fetch('http://claimgraph.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: never; errors?: never };
        return { status: response.status, ...body, queries };
      } finally {
        unsubscribe();
      }
    },
    close: () => db.close(),
  };
}

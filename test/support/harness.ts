// Builds the real server against the tests' Neo4j and runs GraphQL in-process through
// yoga.fetch, counting the Cypher round trips each request makes.

import { type ClaimgraphServer, createServer, type ServerOptions } from '../../src/api/server';
import { type AppConfig, loadConfig } from '../../src/platform/config';
import { createDatabase, createDriver, type Database, type QueryEvent } from '../../src/store/neo4j/database';
import { resetToSeed } from './graph-state';
import { withNodeLists } from './paging';
import { TEST_URI_ENV } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }>;
  /** the Cypher queries this request sent, in order */
  queries: QueryEvent[];
}

export type TestRole = 'anonymous' | 'reader' | 'editor' | 'admin';

/** The API keys testConfig configures, one per role. */
export const TEST_KEYS = {
  reader: 'test-reader-key-0123456789',
  editor: 'test-editor-key-0123456789',
  admin: 'test-admin-key-0123456789',
} as const;
export const TEST_JWT_SECRET = 'test-jwt-secret-0123456789-0123456789';

export interface GqlOptions {
  /** who calls: sends that role's test key as a Bearer token; default admin, so any mutation runs */
  role?: TestRole;
  /** extra request headers (these win over the role's Authorization header) */
  headers?: Record<string, string>;
}

export interface Harness {
  db: Database;
  server: ClaimgraphServer;
  config: AppConfig;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function authHeaders(role: TestRole): Record<string, string> {
  return role === 'anonymous' ? {} : { authorization: `Bearer ${TEST_KEYS[role]}` };
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const base = loadConfig();
  const uri = process.env[TEST_URI_ENV];
  if (!uri) throw new Error(`${TEST_URI_ENV} is not set: run the tests through jest's global setup`);
  return {
    ...base,
    auth: {
      ...base.auth,
      readerKeys: [TEST_KEYS.reader],
      editorKeys: [TEST_KEYS.editor],
      adminKeys: [TEST_KEYS.admin],
      jwtSecret: TEST_JWT_SECRET,
    },
    // The suites send thousands of requests from one client; the rate-limit suite turns it on.
    limits: {
      ...base.limits,
      anonymousRequestsPerMinute: 0,
      authenticatedRequestsPerMinute: 0,
      writesPerMinute: 0,
    },
    ...overrides,
    neo4j: { ...base.neo4j, uri },
  };
}

export function openHarness(
  overrides: Partial<AppConfig> = {},
  serverOptions: Partial<ServerOptions> = {},
): Harness {
  const config = testConfig(overrides);
  const db = createDatabase(createDriver(config.neo4j), config.neo4j.database, undefined, config.neo4j);
  const server = createServer({ db, config, ...serverOptions });
  return {
    db,
    server,
    config,
    async gql(query, variables, { role = 'admin', headers = {} } = {}) {
      const queries: QueryEvent[] = [];
      const unsubscribe = db.addQueryListener((event) => queries.push(event));
      try {
        const response = await server.fetch('http://claimgraph.test/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            ...authHeaders(role),
            ...headers,
          },
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

export interface UseHarnessOptions {
  config?: Partial<AppConfig>;
  server?: Partial<ServerOptions>;
  /** put the seed back after the suite, for suites that change the shared graph */
  restoreSeed?: boolean;
  /** answer `edges { node }`-only connections as lists of nodes (withNodeLists) */
  nodeLists?: boolean;
}

/**
 * A suite's harness: opened before its tests, closed after them (restoring the seed first
 * when asked). The returned object reaches the open harness, so suites use it as they would
 * a harness of their own.
 */
export function useHarness(options: UseHarnessOptions = {}): Harness {
  let opened: Harness | undefined;
  const current = (): Harness => {
    if (!opened) throw new Error('useHarness: the harness opens in beforeAll; use it inside hooks and tests');
    return opened;
  };
  beforeAll(() => {
    opened = openHarness(options.config, options.server);
  });
  afterAll(async () => {
    if (!opened) return;
    if (options.restoreSeed) await resetToSeed(opened.db);
    await opened.close();
  });
  return {
    get db() {
      return current().db;
    },
    get server() {
      return current().server;
    },
    get config() {
      return current().config;
    },
    gql: async <T>(query: string, variables?: Record<string, unknown>, gqlOptions?: GqlOptions) => {
      const response = await current().gql<T>(query, variables, gqlOptions);
      return options.nodeLists
        ? { ...response, data: withNodeLists<T | undefined>(response.data) }
        : response;
    },
    close: () => current().close(),
  };
}

// Real API processes for the scale-out suites: each `src/main.ts` on its own port against the
// tests' Neo4j, with the test keys, sharing a Redis when given one.

import type { ChildProcess } from 'node:child_process';
import { spawnApi, waitForLine } from '../../bench/servers/api-process';
import { freePort } from './free-port';
import { TEST_JWT_SECRET, TEST_KEYS } from './harness';
import { TEST_URI_ENV } from './test-database';

export interface ApiReplica {
  url: string;
  process: ChildProcess;
  /** POST a GraphQL operation with a role's key; the parsed body */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    role?: 'editor' | 'reader',
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  ready(): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export async function startReplica(extraEnv: NodeJS.ProcessEnv = {}): Promise<ApiReplica> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEO4J_URI: process.env[TEST_URI_ENV],
    NODE_ENV: 'test',
    SEED_ON_START: 'false',
    CLAIMGRAPH_READER_KEYS: TEST_KEYS.reader,
    CLAIMGRAPH_EDITOR_KEYS: TEST_KEYS.editor,
    CLAIMGRAPH_ADMIN_KEYS: TEST_KEYS.admin,
    CLAIMGRAPH_JWT_SECRET: TEST_JWT_SECRET,
    CLAIMGRAPH_RATE_LIMIT_ANONYMOUS: '0',
    CLAIMGRAPH_RATE_LIMIT_AUTHENTICATED: '0',
    CLAIMGRAPH_RATE_LIMIT_WRITES: '0',
    CLAIMGRAPH_DRAIN_DELAY_MS: '0',
    ...extraEnv,
  };
  const child = spawnApi(env);
  await waitForLine(child, /claimgraph ready at/, 60_000);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    process: child,
    async gql(query, variables = {}, role = 'editor') {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEYS[role]}` },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as never;
    },
    async ready() {
      const response = await fetch(`${url}/ready`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    async stop() {
      if (child.exitCode !== null) return;
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    },
  };
}

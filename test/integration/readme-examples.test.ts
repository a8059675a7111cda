// Issue 17, finding 8: the README's examples must work as pasted. Every ```sh and ```graphql
// block of the README and of the walk-through it links (docs/first-ten-minutes.md) runs, in the
// order a reader meets them, against the real API process started as
// `npm start` starts it (on the tests' Neo4j, with the development key it keeps beside its
// data). Only the blocks that start the service itself or need Docker are left to CI and the
// start-up test.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApi, waitForLine } from '../../bench/servers/api-process';
import { projectRoot } from '../../src/platform/project-root';
import { freePort } from '../support/free-port';
import { resetToSeed } from '../support/graph-state';
import { useHarness } from '../support/harness';
import { TEST_URI_ENV } from '../support/test-database';

interface Block {
  lang: 'sh' | 'graphql';
  code: string;
  /** page:line */
  where: string;
}

const STARTS_THE_SERVICE = /\bnpm (install|start|test)\b|\bdocker\b/;

/** The pages a new user reads first, in order. */
const PAGES = ['README.md', 'docs/first-ten-minutes.md'];

function readmeBlocks(): Block[] {
  return PAGES.flatMap((page) => {
    const text = readFileSync(join(projectRoot(), page), 'utf8');
    return [...text.matchAll(/^```(sh|graphql)\n([\s\S]*?)^```$/gm)].map((match) => ({
      lang: match[1] as Block['lang'],
      code: match[2] as string,
      where: `${page}:${text.slice(0, match.index).split('\n').length}`,
    }));
  });
}

function run(command: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', command], { cwd: projectRoot(), env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** What an empty answer looks like: null, an empty list, a connection without edges. */
function emptyRoots(data: Record<string, unknown>): string[] {
  return Object.entries(data)
    .filter(([, value]) => {
      if (value === null) return true;
      if (Array.isArray(value)) return value.length === 0;
      const edges =
        (value as { edges?: unknown[]; buckets?: unknown[] }).edges ??
        (value as { buckets?: unknown[] }).buckets;
      return Array.isArray(edges) && edges.length === 0;
    })
    .map(([key]) => key);
}

describe('the README, as pasted', () => {
  const harness = useHarness({ restoreSeed: true });
  const home = mkdtempSync(join(tmpdir(), 'claimgraph-readme-'));
  let api: ChildProcess | undefined;
  let port = 0;

  beforeAll(async () => {
    await resetToSeed(harness.db);
    port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      // The tests' Neo4j; the data folder only holds the development key the server keeps.
      NEO4J_URI: process.env[TEST_URI_ENV],
      NEO4J_HOME: home,
      NODE_ENV: 'development',
    };
    for (const key of [
      'CLAIMGRAPH_EDITOR_KEYS',
      'CLAIMGRAPH_ADMIN_KEYS',
      'CLAIMGRAPH_READER_KEYS',
      'CLAIMGRAPH_JWT_SECRET',
    ]) {
      delete env[key];
    }
    api = spawnApi(env);
    await waitForLine(api, /claimgraph ready at/, 120_000);
  }, 150_000);

  // The examples write their files (exports) where a reader would: the project folder.
  const before = new Set(readdirSync(projectRoot()));

  afterAll(() => {
    if (api && api.exitCode === null) api.kill('SIGINT');
    rmSync(home, { recursive: true, force: true });
    for (const entry of readdirSync(projectRoot())) {
      if (!before.has(entry)) rmSync(join(projectRoot(), entry), { recursive: true, force: true });
    }
  });

  it('runs every shell and GraphQL example without an error, and each answers something', async () => {
    const blocks = readmeBlocks();
    const ran: string[] = [];
    for (const block of blocks) {
      const { where } = block;
      if (block.lang === 'sh') {
        if (STARTS_THE_SERVICE.test(block.code)) continue;
        const command = block.code
          .replaceAll('localhost:4000', `127.0.0.1:${port}`)
          .replaceAll('.neo4j/claimgraph-dev-admin-key', join(home, 'claimgraph-dev-admin-key'));
        const env = { ...process.env, NEO4J_URI: process.env[TEST_URI_ENV], NEO4J_HOME: home };
        const { code, output } = await run(command, env);
        expect({ where, code, output: code === 0 ? '' : output }).toEqual({ where, code: 0, output: '' });
        if (command.includes('curl') && !command.includes(' -o ')) {
          expect({ where, errors: output.includes('"errors"') }).toEqual({ where, errors: false });
          expect(output).toContain('"data"');
        }
      } else {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: block.code }),
        });
        const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        expect({ where, status: response.status, errors: body.errors }).toEqual({
          where,
          status: 200,
          errors: undefined,
        });
        expect({ where, empty: emptyRoots(body.data ?? {}) }).toEqual({ where, empty: [] });
      }
      ran.push(where);
    }
    // The walk-through is there: ingest, finding, tracing, correcting, the aggregates.
    expect(ran.length).toBeGreaterThanOrEqual(8);
  }, 300_000);
});

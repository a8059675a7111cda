// `npm run export -- --format <f> [filters] <file>` writes what GET /export/<file> serves, for
// every format and every filter flag, and says on stderr what it wrote.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../src/platform/project-root';
import { TEST_KEYS, useHarness } from '../../support/harness';
import { TEST_URI_ENV } from '../../support/test-database';

const SEED_SOURCE = 'source:independent-2019-03-14-huawei-nato';

function runExport(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
      cwd: projectRoot(),
      env: { ...process.env, NEO4J_URI: process.env[TEST_URI_ENV] },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('npm run export', () => {
  const harness = useHarness();
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-export-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['prov-ttl', 'prov.ttl', ['--topic', '5G'], 'topic=5G'],
    [
      'prov-jsonld',
      'prov.jsonld',
      ['--source-id', SEED_SOURCE, '--speaker', 'Ren'],
      `sourceId=${SEED_SOURCE}&speaker=Ren`,
    ],
    ['claims-jsonld', 'claims.jsonld', ['--text', 'evidence'], 'text=evidence'],
    [
      'csv',
      'statements.csv',
      ['--from', '2019-02-21', '--to', '2019-02-21'],
      'from=2019-02-21&to=2019-02-21',
    ],
  ])('writes %s as GET /export/%s serves it, filtered by %j', async (format, file, flags, query) => {
    const out = join(dir, file);
    const run = await runExport(['--format', format, ...flags, out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`Exported [1-9]\\d* (statements|claims) as ${format} to `));
    const fromCli = readFileSync(out, 'utf8');
    const response = await harness.server.fetch(`http://claimgraph.test/export/${file}?${query}`, {
      headers: { authorization: `Bearer ${TEST_KEYS.reader}` },
    });
    expect(response.status).toBe(200);
    expect(fromCli).toBe(await response.text());
    // Filtered, not the whole seed: fewer bytes than the unfiltered export, and not empty.
    const whole = await (
      await harness.server.fetch(`http://claimgraph.test/export/${file}`, {
        headers: { authorization: `Bearer ${TEST_KEYS.reader}` },
      })
    ).text();
    expect(fromCli.length).toBeGreaterThan(200);
    expect(fromCli.length).toBeLessThan(whole.length);
  });

  it('refuses an unknown format and an unknown flag, writing nothing', async () => {
    for (const args of [
      ['--format', 'xml', join(dir, 'x.xml')],
      ['--format', 'csv', '--colour', 'red', join(dir, 'y.csv')],
    ]) {
      const run = await runExport(args);
      expect({ args, code: run.code }).toEqual({ args, code: 1 });
      expect(() => readFileSync(args[args.length - 1] as string)).toThrow();
    }
  });
});

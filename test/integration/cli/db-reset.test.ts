// Issue 17, finding 5: nothing said how to get an empty database for `npm run import` (a fresh
// start loads the seed). `npm run db:reset` empties it, after asking, and keeps the migrations.

import { spawnSync } from 'node:child_process';
import { projectRoot } from '../../../src/platform/project-root';
import { countDataNodes } from '../../../src/store/backup/import-graph';
import { claimTestDatabase, resetToSeed } from '../../support/graph-state';
import { useHarness } from '../../support/harness';
import { TEST_URI_ENV } from '../../support/test-database';

const reset = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/reset.ts', ...args], {
    cwd: projectRoot(),
    env: { ...process.env, NEO4J_URI: process.env[TEST_URI_ENV] },
    encoding: 'utf8',
    input: '',
  });

describe('npm run db:reset', () => {
  const harness = useHarness({ restoreSeed: true });

  it('refuses without --yes when there is no terminal to ask on, and deletes nothing', async () => {
    const before = await countDataNodes(harness.db, ['Migration']);
    const run = reset();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('run with --yes');
    expect(await countDataNodes(harness.db, ['Migration'])).toBe(before);
  });

  it('empties the graph with --yes, keeping the migrations, so an import can follow', async () => {
    expect(await countDataNodes(harness.db, ['Migration'])).toBeGreaterThan(0);
    const run = reset('--yes');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Emptied .*: \d+ nodes deleted; the migrations stay applied/);
    expect(await countDataNodes(harness.db, ['Migration'])).toBe(0);
    const migrations = await harness.db.read('test.migrations', 'MATCH (m:Migration) RETURN count(m) AS n');
    expect(Number(migrations.records[0]?.get('n'))).toBeGreaterThan(0);
    // The reset took the test database's marker with it: mark it again before anything else.
    await claimTestDatabase(harness.db);
    await resetToSeed(harness.db);
  });
});

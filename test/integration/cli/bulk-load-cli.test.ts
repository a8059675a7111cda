// Issue 17, finding 8: on a non-empty graph `bulk-load` drew a progress bar, then refused
// naming an internal option (allowNonEmpty); `--offline --allow-non-empty` was silently ignored.

import { spawnSync } from 'node:child_process';
import { projectRoot } from '../../../src/platform/project-root';
import { useHarness } from '../../support/harness';
import { TEST_URI_ENV } from '../../support/test-database';

const bulkLoad = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bulk-load.ts', ...args], {
    cwd: projectRoot(),
    env: { ...process.env, NEO4J_URI: process.env[TEST_URI_ENV] },
    encoding: 'utf8',
  });

describe('npm run bulk-load on a graph that holds data', () => {
  useHarness({ restoreSeed: true });

  it('regression: refuses before any progress, naming the flag and the way to an empty graph', () => {
    const run = bulkLoad('--statements', '200');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The graph is not empty');
    expect(run.stderr).toContain('npm run db:reset');
    expect(run.stderr).toContain('--allow-non-empty');
    expect(run.stderr).not.toContain('allowNonEmpty');
    expect(run.stdout).not.toMatch(/rows \|/);
  });

  it('regression: --offline refuses --allow-non-empty instead of ignoring it', () => {
    const run = bulkLoad('--statements', '200', '--offline', '--allow-non-empty');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('takes no --allow-non-empty');
  });
});

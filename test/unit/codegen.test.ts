// Resolver types are generated from the SDL; a schema change without `npm run codegen`
// would leave them describing another API.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/platform/project-root';

describe('generated resolver types', () => {
  it('match schema/*.graphql (run `npm run codegen` after changing the SDL)', () => {
    const run = spawnSync(join(projectRoot(), 'node_modules', '.bin', 'tsx'), ['codegen.ts', '--check'], {
      cwd: projectRoot(),
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/changes|outdated/i);
    expect(run.status).toBe(0);
  });
});

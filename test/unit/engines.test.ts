// Issue 17, finding 8: `npm install` printed 50 engine warnings, packages wanting Node 22 while
// the README says 20.19. Every locked package must accept the Node the README names; the
// overrides in package.json keep two upstream helpers on their Node 20 versions.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { projectRoot } from '../../src/platform/project-root';

const read = (file: string) => JSON.parse(readFileSync(join(projectRoot(), file), 'utf8'));

describe('engines', () => {
  it('every locked package installs without an engine warning on the Node the README names', () => {
    const range = read('package.json').engines.node as string;
    const oldest = semver.minVersion(range)?.version as string;
    expect(readFileSync(join(projectRoot(), 'README.md'), 'utf8')).toContain(
      `Node.js ${oldest.replace(/\.0$/, '')}`,
    );
    const packages = read('package-lock.json').packages as Record<
      string,
      { version?: string; engines?: { node?: string } }
    >;
    const refusing = Object.entries(packages)
      .filter(([, info]) => info.engines?.node && !semver.satisfies(oldest, info.engines.node))
      .map(([path, info]) => `${path}@${info.version} wants node ${info.engines?.node}`);
    expect(refusing).toEqual([]);
  });
});

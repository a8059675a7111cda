// The house's import rule (.dependency-cruiser.cjs) holds for src/, and it is not a rule that
// cannot fail: a copy of src/ with one upward import, one circle, GraphQL in the store and file
// I/O in the extractor fails it, each for its own reason; so does the explorer reaching into src/.

import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../src/platform/project-root';

const ROOT = projectRoot();
const BIN = join(ROOT, 'node_modules', '.bin', 'depcruise');

/** depcruise's verdict on `cwd`/src and explorer/src: its exit status and each violation as [rule, from, to]. */
function cruise(cwd: string) {
  const run = spawnSync(
    BIN,
    ['src', 'explorer/src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  const violations = [...run.stdout.matchAll(/^\s*error (\S+): (\S+) → (\S*)/gm)].map((m) => m.slice(1, 4));
  return { status: run.status, violations, output: run.stdout };
}

describe('the import rule', () => {
  it('holds for src/ and explorer/src/', () => {
    const { status, violations, output } = cruise(ROOT);
    expect(violations).toEqual([]);
    expect(output).toMatch(/no dependency violations found/);
    expect(status).toBe(0);
  });

  it('fails an upward import, a circle, GraphQL below the API and I/O in the extractor', () => {
    const copy = mkdtempSync(join(tmpdir(), 'claimgraph-layers-'));
    try {
      cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
      cpSync(join(ROOT, 'explorer', 'src'), join(copy, 'explorer', 'src'), { recursive: true });
      cpSync(join(ROOT, 'tsconfig.json'), join(copy, 'tsconfig.json'));
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
      appendFileSync(join(copy, 'src/store/repo/lucene.ts'), "\nimport '../../api/server';\n");
      appendFileSync(join(copy, 'src/core/validate.ts'), "\nimport 'graphql';\nimport './writes';\n");
      appendFileSync(join(copy, 'src/extract/paragraphs.ts'), "\nimport 'node:fs';\n");
      appendFileSync(join(copy, 'explorer/src/format.ts'), "\nimport '../../src/domain/errors';\n");
      const { status, violations } = cruise(copy);
      const rules = new Set(violations.map(([rule]) => rule));
      expect(rules).toEqual(
        new Set([
          'store-imports-downward',
          'graphql-only-in-api',
          'no-circular',
          'pure-rooms-do-no-io',
          'explorer-reads-only-the-api',
        ]),
      );
      expect(violations).toContainEqual([
        'store-imports-downward',
        'src/store/repo/lucene.ts',
        'src/api/server.ts',
      ]);
      expect(status).not.toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

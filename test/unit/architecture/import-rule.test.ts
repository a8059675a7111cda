// The house's import rule (.dependency-cruiser.cjs) holds for src/, and it is not a rule that
// cannot fail: a copy of src/ with one upward import, one circle, GraphQL in the store, file
// I/O in the extractor, the API calling the store, the Neo4j driver in core and the generated
// resolver types in a CLI fails it, each for its own reason; so does the explorer reaching
// into src/.

import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../src/platform/project-root';

const ROOT = projectRoot();
const BIN = join(ROOT, 'node_modules', '.bin', 'depcruise');

/**
 * depcruise's verdict on `cwd`/src and explorer/src: its exit status and each violation as
 * [rule, from, to]; for a circle, `to` is the first step from `from` around it.
 */
function cruise(cwd: string) {
  const run = spawnSync(
    BIN,
    ['src', 'explorer/src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err'],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  const violations = [...run.stdout.matchAll(/^\s*error (\S+): (\S+) →\s*(\S+)/gm)].map((m) => m.slice(1, 4));
  return { status: run.status, violations, output: run.stdout };
}

describe('the import rule', () => {
  it('holds for src/ and explorer/src/', () => {
    const { status, violations, output } = cruise(ROOT);
    expect(violations).toEqual([]);
    expect(output).toMatch(/no dependency violations found/);
    expect(status).toBe(0);
  });

  it('fails each kind of break: upward, circular, GraphQL, I/O, store, driver, generated types, explorer', () => {
    const copy = mkdtempSync(join(tmpdir(), 'claimgraph-layers-'));
    try {
      cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
      cpSync(join(ROOT, 'explorer', 'src'), join(copy, 'explorer', 'src'), { recursive: true });
      cpSync(join(ROOT, 'tsconfig.json'), join(copy, 'tsconfig.json'));
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
      appendFileSync(join(copy, 'src/store/repo/lucene.ts'), "\nimport '../../api/server';\n");
      // relate-claims.ts imports validate.ts, so this closes a circle of two files.
      appendFileSync(
        join(copy, 'src/core/validate.ts'),
        "\nimport 'graphql';\nimport './writes/relate-claims';\n",
      );
      appendFileSync(join(copy, 'src/extract/paragraphs.ts'), "\nimport 'node:fs';\n");
      appendFileSync(join(copy, 'src/api/plugins/truncate.ts'), "\nimport '../../store/repo/locks';\n");
      appendFileSync(join(copy, 'src/core/reads/search.ts'), "\nimport 'neo4j-driver';\n");
      appendFileSync(
        join(copy, 'src/cli/migrate.ts'),
        "\nimport type { Resolvers } from '../api/generated/graphql';\n",
      );
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
          'api-reaches-store-through-core',
          'driver-only-in-store',
          'generated-types-only-in-api',
        ]),
      );
      const module = (name: string) => expect.stringMatching(new RegExp(`node_modules/${name}/`));
      for (const violation of [
        ['store-imports-downward', 'src/store/repo/lucene.ts', 'src/api/server.ts'],
        ['no-circular', 'src/core/validate.ts', 'src/core/writes/relate-claims.ts'],
        ['graphql-only-in-api', 'src/core/validate.ts', module('graphql')],
        ['pure-rooms-do-no-io', 'src/extract/paragraphs.ts', 'fs'],
        ['explorer-reads-only-the-api', 'explorer/src/format.ts', 'src/domain/errors.ts'],
        ['api-reaches-store-through-core', 'src/api/plugins/truncate.ts', 'src/store/repo/locks.ts'],
        ['driver-only-in-store', 'src/core/reads/search.ts', module('neo4j-driver')],
        ['generated-types-only-in-api', 'src/cli/migrate.ts', 'src/api/generated/graphql.ts'],
      ]) {
        expect(violations).toContainEqual(violation);
      }
      expect(status).not.toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

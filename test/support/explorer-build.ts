// The explorer built from its current source into a temporary folder (the real `vite build`,
// about a second), so its tests never run against a stale dist/explorer.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/platform/project-root';

export function buildExplorer(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'claimgraph-explorer-'));
  const root = projectRoot();
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'explorer/vite.config.mts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
  );
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}${run.stderr}`);
  return outDir;
}

// The development admin key, kept beside the data it guards (the local Neo4j's folder, which
// git ignores), so a key saved in a script or a browser keeps working across restarts of the
// same data; a new data folder gets a new key. Readable by its owner only.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project-root';

const FILE = 'claimgraph-dev-admin-key';

/** Where the key of this data folder lives: in NEO4J_HOME, or the default .neo4j/. */
export function devKeyPath(home: string | undefined): string {
  return join(home ?? join(projectRoot(), '.neo4j'), FILE);
}

/** The stored key, or a new one stored for next time. */
export function stableDevKey(home: string | undefined): { key: string; created: boolean } {
  const path = devKeyPath(home);
  if (existsSync(path)) {
    const stored = readFileSync(path, 'utf8').trim();
    if (/^dev-[A-Za-z0-9_-]{16,}$/.test(stored)) return { key: stored, created: false };
  }
  const key = `dev-${randomBytes(18).toString('base64url')}`;
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${key}\n`, { mode: 0o600 });
  return { key, created: true };
}

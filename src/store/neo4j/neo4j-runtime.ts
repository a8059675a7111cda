// Resolves the embedded Neo4j's jars from Maven Central into tools/neo4j/lib, once.
// Later runs find the completion stamp and work offline.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from '../../platform/logger';
import { projectRoot } from '../../platform/project-root';

export function launcherDir(): string {
  return join(projectRoot(), 'tools', 'neo4j');
}

function pomChecksum(): string {
  return createHash('sha256')
    .update(readFileSync(join(launcherDir(), 'pom.xml')))
    .digest('hex');
}

/** The stamp is written only after a complete copy, so an interrupted download is redone. */
function stampPath(): string {
  return join(launcherDir(), 'lib', '.resolved-from-pom');
}

export function runtimeIsResolved(): boolean {
  return existsSync(stampPath()) && readFileSync(stampPath(), 'utf8') === pomChecksum();
}

export async function ensureNeo4jRuntime(log: Logger): Promise<void> {
  if (runtimeIsResolved()) return;
  log.info(
    'Neo4j runtime not resolved yet: downloading org.neo4j:neo4j from Maven Central (first run only)…',
  );
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  const child = spawn(mvn, ['-B', '-f', join(launcherDir(), 'pom.xml'), 'package'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let downloaded = 0;
  let bytes = 0;
  const tail: string[] = [];
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    // "Downloaded from central: https://…/x.jar (1.2 MB at 3.4 MB/s)"
    const match = /^\[INFO\] Downloaded from [^:]+: \S+ \(([\d.]+) (B|kB|MB)/.exec(line);
    if (!match) return;
    downloaded += 1;
    const unit = { B: 1, kB: 1e3, MB: 1e6 }[match[2] as 'B' | 'kB' | 'MB'];
    bytes += Number(match[1]) * unit;
    if (downloaded % 50 === 0) log.info(`  …${downloaded} artifacts, ${(bytes / 1e6).toFixed(0)} MB`);
  });
  child.stderr.on('data', (chunk: Buffer) => tail.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `Could not run Maven (${error.code ?? error.message}). The embedded Neo4j needs Maven and Java 17+; ` +
        'install them, or point NEO4J_URI at a running Neo4j 5.',
    );
  });
  if (code !== 0) {
    throw new Error(`Maven could not resolve the Neo4j runtime (exit ${code}):\n${tail.join('\n')}`);
  }
  writeFileSync(stampPath(), pomChecksum());
  log.info(`Neo4j runtime ready: ${downloaded} artifacts downloaded (${(bytes / 1e6).toFixed(0)} MB).`);
}

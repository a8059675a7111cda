// Tools/neo4j/Launcher.java compiled once into tools/neo4j/classes/. Run as a source file,
// the JVM compiles it at every start: 1.7 s of each Neo4j start-up (npm start, every test
// suite with a Neo4j of its own, the offline import). A stamp holds the source's checksum,
// so an edited launcher is compiled again.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launcherDir } from './neo4j-runtime';

function javacCommand(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'javac') : 'javac';
}

/**
 * The directory holding the compiled Launcher, or undefined when it cannot be compiled here
 * (no javac): the caller then runs the source file, as Java 11+ allows.
 */
export function compiledLauncher(classpath: string): string | undefined {
  const source = join(launcherDir(), 'Launcher.java');
  const classes = join(launcherDir(), 'classes');
  const stamp = join(classes, '.source-sha256');
  const checksum = createHash('sha256').update(readFileSync(source)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === checksum) return classes;
  // Compiled beside, then renamed into place: two processes starting at once never see half a directory.
  const building = mkdtempSync(join(launcherDir(), 'classes-'));
  try {
    execFileSync(javacCommand(), ['-cp', classpath, '-d', building, source], { stdio: 'pipe' });
    writeFileSync(join(building, '.source-sha256'), checksum);
    rmSync(classes, { recursive: true, force: true });
    renameSync(building, classes);
    return classes;
  } catch {
    rmSync(building, { recursive: true, force: true });
    return existsSync(stamp) && readFileSync(stamp, 'utf8') === checksum ? classes : undefined;
  }
}

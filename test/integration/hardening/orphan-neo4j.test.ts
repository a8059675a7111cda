// An API that dies without running its shutdown (SIGKILL, a heap out-of-memory crash) never
// stops the Neo4j it started. The JVM used to stay behind as an orphan, holding its port, its
// store lock and a gigabyte of memory; the launcher now watches its parent and stops itself.

import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApi } from '../../../bench/servers/api-process';
import { boltAnswers, isProcessAlive, readPidFile, stopProcess } from '../../../src/store/neo4j/local-neo4j';
import { freePort } from '../../support/free-port';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Gone, or exited and not reaped yet: once its parent is killed the JVM belongs to PID 1,
 * which may leave it a zombie for a while, and a zombie still answers kill(pid, 0).
 */
function hasExited(pid: number): boolean {
  if (!isProcessAlive(pid)) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(250);
  }
  return condition();
}

describe('regression: a crashed API orphaned the Neo4j it started', () => {
  const home = mkdtempSync(join(tmpdir(), 'claimgraph-orphan-'));
  let child: ChildProcess | undefined;
  let output = '';

  // A failed run must not leave anything behind: the server, then the JVM it recorded.
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    const recorded = readPidFile(home);
    if (recorded && !hasExited(recorded.pid)) await stopProcess(recorded.pid, 10_000);
    rmSync(home, { recursive: true, force: true });
  });

  it('stops the Neo4j JVM once the API process is SIGKILLed', async () => {
    const [PORT, NEO4J_PORT] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(PORT),
      NEO4J_PORT: String(NEO4J_PORT),
      NEO4J_HOME: home,
      SEED_ON_START: 'false',
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
    };
    delete env.NEO4J_URI;
    child = spawnApi(env);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });

    const ready = await waitFor(async () => {
      if (child?.exitCode !== null) throw new Error(`API exited with ${child?.exitCode}:\n${output}`);
      try {
        return (await fetch(`http://127.0.0.1:${PORT}/ready`)).status === 200;
      } catch {
        return false;
      }
    }, 60_000);
    if (!ready) throw new Error(`/ready did not answer 200 within 60 s:\n${output}`);

    const recorded = readPidFile(home);
    expect(recorded?.port).toBe(NEO4J_PORT);
    const javaPid = recorded?.pid as number;
    expect(isProcessAlive(javaPid)).toBe(true);
    expect(await boltAnswers(NEO4J_PORT)).toBe(true);

    const apiPid = child.pid as number;
    const killed = new Promise((resolve) => child?.on('exit', resolve));
    child.kill('SIGKILL');
    await killed;

    expect(await waitFor(() => hasExited(javaPid), 20_000)).toBe(true);
    expect(await boltAnswers(NEO4J_PORT)).toBe(false);
    // It went through the launcher's own shutdown, not some other way.
    const launcherLog = readFileSync(join(home, 'logs', 'launcher.log'), 'utf8');
    expect(launcherLog).toContain(`claimgraph-neo4j: parent ${apiPid} exited, stopping`);
    expect(launcherLog).toContain('claimgraph-neo4j stopping');
  }, 90_000);
});

// Starts one way's server (servers/serve.ts) as a child process and samples its RSS.

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/platform/project-root';
import type { Way } from '../operations';

export interface ServerProcess {
  way: Way;
  port: number;
  child: ChildProcess;
  /** resident set size in MB, now */
  rssMb(): number;
  stop(): Promise<void>;
}

const COMPILED = join(projectRoot(), 'node_modules', '.cache', 'claimgraph-bench');

/**
 * Compiles the servers to plain JavaScript once per run, so each way runs as `node serve.js`
 * like a production build (no tsx transpiler or source maps in its CPU time or its RSS).
 */
export function compileServers(): void {
  const tsc = join(projectRoot(), 'node_modules', '.bin', 'tsc');
  execFileSync(tsc, ['-p', join(projectRoot(), 'bench', 'tsconfig.servers.json')], { stdio: 'inherit' });
}

/**
 * The Node flags `npm start` gives the API (package.json), so the benchmark measures the
 * process as it is deployed: the heap cap keeps V8 from growing the heap freely under load.
 */
export function apiNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return (manifest.scripts.start ?? '').split(/\s+/).filter((word) => word.startsWith('--'));
}

export async function spawnServer(
  way: Way,
  port: number,
  bolt: string,
  statements: number,
): Promise<ServerProcess> {
  const script = join(COMPILED, 'bench', 'servers', 'serve.js');
  const flags = way === 'claimgraph' ? apiNodeFlags() : [];
  const child = spawn(process.execPath, [...flags, script, way, String(port), bolt, String(statements)], {
    // claimgraph logs every request at info, as it would in production; the log goes nowhere.
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${way} server did not start: ${stderr}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`${way} server exited (${code}): ${stderr}`)));
  });
  child.stdout?.resume();
  const rssMb = () => {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return Number(match?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  return {
    way,
    port,
    child,
    rssMb,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

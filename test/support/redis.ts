// A real Redis for the tests: Debian's redis-server (`apt-get install redis-server`; .ci/run
// installs it when missing) on a free port, in memory only, stoppable and restartable on the
// same port to test what happens while it is away.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './free-port';

export interface TestRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** start again on the same port (after stop) */
  start(): Promise<void>;
}

function redisServerPath(): string {
  const path = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
  if (!existsSync(path)) {
    throw new Error(
      `No redis-server at ${path}: install Debian's (apt-get install redis-server) or set REDIS_SERVER_PATH`,
    );
  }
  return path;
}

export async function startRedis(): Promise<TestRedis> {
  const path = redisServerPath();
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const started = spawn(
        path,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child = started;
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      started.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/Ready to accept connections/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        if (!/Ready to accept connections/.test(output))
          reject(new Error(`redis-server exited with ${code}:\n${output}`));
      });
    });
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise((resolve) => {
      running.once('exit', resolve);
      running.kill('SIGKILL');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
}

// The real API as a child process, started as `npm run dev` starts it, for the benchmarks and
// the suites that need a whole process (start-up, crashes, memory under a heap cap).

import { type ChildProcess, spawn } from 'node:child_process';
import { projectRoot } from '../../src/platform/project-root';

/**
 * `node [flags] --import tsx src/main.ts`, not the tsx binary: that one runs the API in a
 * child process of its own, so a signal to the wrapper would not reach the API.
 */
export function spawnApi(env: NodeJS.ProcessEnv, nodeFlags: readonly string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot(),
    env,
  });
}

/** An ingest worker (`npm run worker`) as a child process, started the same way and for the same reason. */
export function spawnWorker(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/worker.ts'], { cwd: projectRoot(), env });
}

/** Resolves with the first output line matching `pattern`; rejects on exit or after timeoutMs. */
export function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}:\n${output}`)));
  });
}

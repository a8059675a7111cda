// The local Neo4j that claimgraph starts itself when NEO4J_URI is unset: Neo4j Community
// embedded in tools/neo4j/Launcher.java, Bolt on 127.0.0.1, data under .neo4j/.

import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, join } from 'node:path';
import neo4j from 'neo4j-driver';
import { positiveFromEnv } from '../../platform/config';
import type { Logger } from '../../platform/logger';
import { projectRoot } from '../../platform/project-root';
import { compiledLauncher } from './launcher-class';
import { ensureNeo4jRuntime, launcherDir } from './neo4j-runtime';

const READY_PREFIX = 'claimgraph-neo4j ready';

// Neo4j's own start scripts pass these; without them start-up can fail with a LinkageError.
const JVM_OPENS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export interface LocalNeo4jOptions {
  port: number;
  /** data, logs and the pid file; default <repo>/.neo4j */
  home?: string;
  log: Logger;
  /** keep running after this process exits (npm run db:start) */
  detached?: boolean;
  /** memory budgets, Neo4j size syntax ("1g", "512m") */
  heap?: string;
  pageCache?: string;
  /**
   * Neo4j's own deadline, in seconds, for a transaction that brings none (the API's bring
   * theirs: CLAIMGRAPH_READ_TIMEOUT_MS, CLAIMGRAPH_WRITE_TIMEOUT_MS); default
   * NEO4J_TRANSACTION_TIMEOUT_SECONDS or 600
   */
  transactionTimeoutSeconds?: number;
  startTimeoutMs?: number;
  /** false: fail when something already answers on the port instead of reusing it */
  reuse?: boolean;
}

export interface LocalNeo4j {
  uri: string;
  /** false when an instance was already answering on the port and was reused */
  startedHere: boolean;
  pid: number | undefined;
  /** stops the instance if this process started it; a reused one is left running */
  stop(): Promise<void>;
}

interface PidFile {
  pid: number;
  port: number;
  /** who started it: `npm run db:start` (detached) or the API process with this pid */
  owner?: { command: 'db:start' } | { command: 'api'; pid: number };
}

export function defaultHome(): string {
  return join(projectRoot(), '.neo4j');
}

function pidFilePath(home: string): string {
  return join(home, 'neo4j.pid');
}

export function readPidFile(home = defaultHome()): PidFile | undefined {
  try {
    return JSON.parse(readFileSync(pidFilePath(home), 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return !isZombie(pid);
}

/**
 * Exited, but not yet reaped by its parent (the API that started it, say, busy at that moment):
 * it answers signals, yet there is nothing left to wait for.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

/** True when a Bolt server answers on 127.0.0.1:port. */
export async function boltAnswers(port: number, timeoutMs = 2000): Promise<boolean> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, {
    connectionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function javaCommand(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Neo4j's jars, plus the plugins when there are any. */
export function neo4jClasspath(): { classpath: string; plugins: string | undefined } {
  const dir = launcherDir();
  const plugins = join(dir, 'plugins');
  const hasPlugins = existsSync(plugins);
  // Embedded Neo4j finds extension factories (APOC's ApocConfig) only on the classpath, and
  // procedures only in the plugin dir: a plugin jar has to be in both.
  const classpath = [join(dir, 'lib', '*'), ...(hasPlugins ? [join(plugins, '*')] : [])].join(delimiter);
  return { classpath, plugins: hasPlugins ? plugins : undefined };
}

/** The default database's store, which the offline importer writes. */
export function storeDirectory(home = defaultHome()): string {
  return join(home, 'data', 'databases', 'neo4j');
}

/** NEO4J_JAVA_OPTS: further JVM options for the local Neo4j, separated by spaces. */
function extraJvmOptions(): string[] {
  return (process.env.NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter((option) => option !== '');
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { port, log } = options;
  const home = options.home ?? defaultHome();
  const uri = `bolt://127.0.0.1:${port}`;

  if (await boltAnswers(port)) {
    if (options.reuse === false) {
      throw new Error(`Port ${port} already answers Bolt; refusing to reuse it (reuse: false)`);
    }
    log.info(`Neo4j already answering at ${uri}: reusing it.`);
    return { uri, startedHere: false, pid: readPidFile(home)?.pid, stop: async () => {} };
  }

  await ensureNeo4jRuntime(log);
  mkdirSync(join(home, 'logs'), { recursive: true });
  const logFile = join(home, 'logs', 'launcher.log');
  const logStart = existsSync(logFile) ? statSync(logFile).size : 0;
  const out = openSync(logFile, 'a');
  const { classpath, plugins } = neo4jClasspath();
  const classes = compiledLauncher(classpath);
  const args = [
    `-Xms${options.heap ?? process.env.NEO4J_HEAP ?? '1g'}`,
    `-Xmx${options.heap ?? process.env.NEO4J_HEAP ?? '1g'}`,
    '-XX:+UseG1GC',
    ...extraJvmOptions(),
    ...JVM_OPENS,
    '-cp',
    classes ? [classes, classpath].join(delimiter) : classpath,
    classes ? 'Launcher' : join(launcherDir(), 'Launcher.java'),
    '--home',
    home,
    '--port',
    String(port),
    '--pagecache',
    options.pageCache ?? process.env.NEO4J_PAGECACHE ?? '1g',
    '--tx-timeout-seconds',
    String(
      options.transactionTimeoutSeconds ??
        positiveFromEnv(process.env, 'NEO4J_TRANSACTION_TIMEOUT_SECONDS', 600),
    ),
  ];
  if (plugins) args.push('--plugins', plugins);
  // A SIGKILLed or crashed process never runs stop(): the launcher watches it and stops itself.
  // A detached instance (npm run db:start) is meant to outlive the process that started it.
  if (!options.detached) args.push('--parent-pid', String(process.pid));

  log.info(`Starting local Neo4j on ${uri} (data in ${home})…`);
  const child = spawn(javaCommand(), args, {
    stdio: ['ignore', out, out],
    detached: options.detached ?? false,
  });
  closeSync(out);
  let exited: number | null | undefined;
  child.on('exit', (code) => {
    exited = code;
  });
  const spawnError = new Promise<never>((_, reject) => child.on('error', reject));
  if (child.pid === undefined) await spawnError;
  const pid = child.pid as number;
  const owner: PidFile['owner'] = options.detached
    ? { command: 'db:start' }
    : { command: 'api', pid: process.pid };
  writeFileSync(pidFilePath(home), JSON.stringify({ pid, port, owner } satisfies PidFile));
  if (options.detached) child.unref();

  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  for (;;) {
    if (exited !== undefined) {
      const tail = readFileSync(logFile, 'utf8').slice(logStart).split('\n').slice(-30).join('\n');
      rmSync(pidFilePath(home), { force: true });
      throw new Error(`Local Neo4j exited (code ${exited}) before it was ready. ${logFile}:\n${tail}`);
    }
    const logged = readFileSync(logFile, 'utf8').slice(logStart);
    if (logged.includes(READY_PREFIX) && (await boltAnswers(port))) break;
    if (Date.now() > deadline) {
      await stopProcess(pid);
      throw new Error(
        `Local Neo4j was not ready within ${(options.startTimeoutMs ?? 180_000) / 1000} s; see ${logFile}`,
      );
    }
    await sleep(250);
  }
  log.info(`Local Neo4j ready at ${uri} (pid ${pid}).`);

  return {
    uri,
    startedHere: true,
    pid,
    stop: async () => {
      await stopProcess(pid);
      removeRecordOf(home, pid);
      log.info('Local Neo4j stopped.');
    },
  };
}

/** SIGTERM lets the launcher's shutdown hook close the store cleanly; SIGKILL only as a last resort. */
export async function stopProcess(pid: number, timeoutMs = 60_000): Promise<void> {
  if (!isProcessAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await sleep(100);
  }
}

/** Removes the pid file if it records `pid`: a Neo4j started since (db:start after db:stop) keeps its record. */
export function removeRecordOf(home: string, pid: number): void {
  if (readPidFile(home)?.pid === pid) rmSync(pidFilePath(home), { force: true });
}

/**
 * Whether `pid` is the launcher of the Neo4j in `home`, not another process that took its pid
 * since (the pid file outlives a crash; pids are reused). Where the command line cannot be read
 * (no /proc), a live process is taken at its word.
 */
export function isLauncherOf(pid: number, home: string): boolean {
  if (!isProcessAlive(pid)) return false;
  let commandLine: string;
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return true;
  }
  return /\bLauncher(\.java)?\b/.test(commandLine) && commandLine.includes(`--home ${home}`);
}

/** The recorded instance, if it is still the one recorded (its launcher, alive). */
export function recordedNeo4j(home = defaultHome()): PidFile | undefined {
  const recorded = readPidFile(home);
  return recorded && isLauncherOf(recorded.pid, home) ? recorded : undefined;
}

/**
 * Stops the instance recorded in the pid file (npm run db:stop), whoever started it; a stale
 * record (the process gone, or its pid now another program's) is removed without a signal.
 */
export async function stopRecordedNeo4j(home = defaultHome()): Promise<PidFile | undefined> {
  const recorded = readPidFile(home);
  if (!recorded) return undefined;
  const ours = isLauncherOf(recorded.pid, home);
  if (ours) await stopProcess(recorded.pid);
  rmSync(pidFilePath(home), { force: true });
  return ours ? recorded : undefined;
}

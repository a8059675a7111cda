// Graceful shutdown of the HTTP server: stop accepting connections, let in-flight requests
// finish (closing keep-alive connections as they fall idle), and after graceMs close whatever
// is still open.

import type { Server } from 'node:http';

export type DrainOutcome = 'drained' | 'forced';

export async function drainHttpServer(http: Server, graceMs: number): Promise<DrainOutcome> {
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  // A keep-alive connection that finishes its request afterwards is idle again: close it then.
  const sweep = setInterval(() => http.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'forced'>((resolve) => {
    timer = setTimeout(() => resolve('forced'), graceMs);
  });
  try {
    const outcome = await Promise.race([closed.then(() => 'drained' as const), timedOut]);
    if (outcome === 'forced') {
      http.closeAllConnections();
      await closed;
    }
    return outcome;
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
}

/**
 * Whether the process is draining: set when shutdown begins, read by the readiness probe, so a
 * load balancer stops sending traffic while in-flight requests finish.
 */
export class DrainState {
  private since: number | undefined;

  start(): void {
    this.since ??= Date.now();
  }

  get draining(): boolean {
    return this.since !== undefined;
  }
}

/** Runs `stop` once, on the first SIGINT or SIGTERM (a second signal while stopping is ignored), then exits 0. */
export function stopOnSignals(stop: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** A long-running command's entry point: a failure is its message on stderr and exit status 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

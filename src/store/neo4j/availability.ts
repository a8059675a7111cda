// A circuit breaker in front of Neo4j. While Neo4j is down the driver retries each
// transaction for up to maxTransactionRetryTime; instead, a query still running after
// probeAfterMs triggers a connectivity probe, and when the probe fails every waiting and new
// query fails at once with DATABASE_UNAVAILABLE. A probe every retryMs closes the breaker
// again as soon as Neo4j answers, so the API recovers without a restart.

import type { Driver } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../../domain/errors';

export interface AvailabilityOptions {
  /** a query running longer than this makes the breaker check that Neo4j still answers */
  probeAfterMs?: number;
  /** how often an open breaker checks whether Neo4j is back */
  retryMs?: number;
}

export interface Availability {
  readonly up: boolean;
  /** settles with `work`, or rejects with DatabaseUnavailableError as soon as Neo4j is found down */
  guard<T>(work: Promise<T>): Promise<T>;
  /** called with an error that says Neo4j is unreachable */
  markDown(): void;
  close(): void;
}

export function createAvailability(
  driver: Driver,
  database: string,
  options: AvailabilityOptions = {},
): Availability {
  const probeAfterMs = options.probeAfterMs ?? 750;
  const retryMs = options.retryMs ?? 1000;
  let up = true;
  let closed = false;
  let probing: Promise<boolean> | undefined;
  let retrying = false;
  const waiting = new Set<(error: Error) => void>();

  function probe(): Promise<boolean> {
    probing ??= driver
      .verifyConnectivity({ database })
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        probing = undefined;
      });
    return probing;
  }

  async function retryUntilUp(): Promise<void> {
    if (retrying) return;
    retrying = true;
    while (!closed && !up) {
      await new Promise((resolve) => setTimeout(resolve, retryMs).unref());
      if (!closed && (await probe())) up = true;
    }
    retrying = false;
  }

  function markDown(): void {
    if (closed) return;
    up = false;
    for (const reject of waiting) reject(new DatabaseUnavailableError());
    waiting.clear();
    void retryUntilUp();
  }

  return {
    get up() {
      return up;
    },
    markDown,
    guard<T>(work: Promise<T>): Promise<T> {
      if (!up) {
        work.catch(() => {});
        return Promise.reject(new DatabaseUnavailableError());
      }
      return new Promise<T>((resolve, reject) => {
        waiting.add(reject);
        const timer = setTimeout(() => {
          void probe().then((answers) => {
            if (!answers) markDown();
          });
        }, probeAfterMs);
        timer.unref();
        work.then(resolve, reject).finally(() => {
          clearTimeout(timer);
          waiting.delete(reject);
        });
      });
    },
    close() {
      closed = true;
    },
  };
}

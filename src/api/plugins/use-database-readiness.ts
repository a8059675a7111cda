import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import type { Database } from '../../store/neo4j/database';

export interface DatabaseReadinessOptions {
  db: Database;
  /** from the moment shutdown begins the probe answers 503, whatever Neo4j says */
  drain?: { readonly draining: boolean };
  /** where the probe answers; 200 when Neo4j answers, 503 otherwise */
  endpoint?: string;
  /** a database slower than this counts as unavailable */
  timeoutMs?: number;
  /** a Redis event bus: its state is reported (not counted: queries still answer without it) */
  eventBus?: { state(): 'in-process' | 'up' | 'down' };
}

/** `/ready`: 503 until Neo4j answers a trivial read, and again whenever it stops answering. */
export function useDatabaseReadiness({
  db,
  drain,
  endpoint = '/ready',
  timeoutMs = 2000,
  eventBus,
}: DatabaseReadinessOptions): Plugin {
  return useReadinessCheck({
    endpoint,
    check: async ({ fetchAPI }) => {
      if (drain?.draining) {
        return new fetchAPI.Response(JSON.stringify({ ready: false, draining: true }), {
          status: 503,
          headers: { 'content-type': 'application/json' },
        });
      }
      const ready = await Promise.race([
        db.read('health.ready', 'RETURN 1 AS ok').then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(resolve, timeoutMs, false).unref()),
      ]);
      // A body without the driver's error message: readiness probes are public. Redis down
      // does not take a replica out of rotation (reads and writes still work; live events
      // wait for it), but the probe says so.
      const bus = eventBus?.state();
      return new fetchAPI.Response(
        JSON.stringify({ ready, ...(bus && bus !== 'in-process' ? { eventBus: bus } : {}) }),
        {
          status: ready ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        },
      );
    },
  });
}

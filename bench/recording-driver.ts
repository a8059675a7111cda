// Wraps a driver so every query sent through sessions and managed transactions is recorded
// (text and parameters). Both claimgraph and @neo4j/graphql run their Cypher through
// session.executeRead/executeWrite(tx => tx.run(...)) or session.run, so one wrapper counts
// round trips for either, and the recorded queries can be re-run under PROFILE.

import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export interface RecordedQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export interface Recorder {
  driver: Driver;
  /** queries since the last take(), oldest first */
  take(): RecordedQuery[];
}

export function recordingDriver(driver: Driver): Recorder {
  let recorded: RecordedQuery[] = [];
  const note = (cypher: unknown, params: unknown) => {
    const text = typeof cypher === 'string' ? cypher : String((cypher as { text?: string }).text ?? cypher);
    recorded.push({ cypher: text, params: (params ?? {}) as Record<string, unknown> });
  };
  const wrapRun = <T extends object>(target: T) =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver) as unknown;
        if (property === 'run' && typeof value === 'function') {
          return (cypher: unknown, params?: unknown, ...rest: unknown[]) => {
            note(cypher, params);
            return (value as (...args: unknown[]) => unknown).call(object, cypher, params, ...rest);
          };
        }
        if ((property === 'executeRead' || property === 'executeWrite') && typeof value === 'function') {
          return (work: (tx: ManagedTransaction) => unknown, ...rest: unknown[]) =>
            (value as (...args: unknown[]) => unknown).call(
              object,
              (tx: ManagedTransaction) => work(wrapRun(tx)),
              ...rest,
            );
        }
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
      },
    });
  const proxy = new Proxy(driver, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (property === 'session' && typeof value === 'function') {
        return (...args: unknown[]) => wrapRun((value as (...a: unknown[]) => Session).apply(object, args));
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
  return {
    driver: proxy,
    take() {
      const out = recorded;
      recorded = [];
      return out;
    },
  };
}

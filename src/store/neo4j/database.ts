// One driver per process, one database name, and an operation name in every transaction's
// metadata (visible in Neo4j's query log and `SHOW TRANSACTIONS`). Writes and multi-query
// reads run in managed transactions; a single-query read runs as an auto-commit transaction
// in a READ session (see `read`). Query listeners let tests count round trips.

import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { DatabaseUnavailableError } from '../../domain/errors';
import { boltUri, type Neo4jConfig } from '../../platform/config';
import { type AvailabilityOptions, createAvailability } from './availability';
import { isUnreachable, mapNeo4jError } from './errors';

export type QueryParams = Record<string, unknown>;

/** The transaction a repository function runs in, inside Database.write or readTransaction. */
export type Transaction = ManagedTransaction;

/** tries of a single-query read when Neo4j reports a retryable failure */
const READ_ATTEMPTS = 3;

export interface QueryEvent {
  operation: string;
  mode: 'READ' | 'WRITE';
  params: QueryParams;
}

export type QueryListener = (event: QueryEvent) => void;

/**
 * Told of each write transaction this process commits, before the write's caller is answered
 * (so a cache it invalidates cannot serve the old answer to that caller's next read). It
 * reports its own failures: the write has committed, whatever the listener does.
 */
export type CommitListener = (operation: string) => Promise<void>;

export interface Database {
  readonly driver: Driver;
  readonly name: string;
  /**
   * One read round trip: a single parameterised query. It runs as an auto-commit transaction:
   * a managed one sends BEGIN, RUN and COMMIT as three socket writes, which under the trace
   * benchmark took a sixth of the API's CPU and costs Neo4j two more messages. Retried like
   * a managed transaction when Neo4j calls the failure retryable.
   */
  read<R extends RecordShape = RecordShape>(
    operation: string,
    cypher: string,
    params?: QueryParams,
  ): Promise<QueryResult<R>>;
  /** a managed write transaction; `work` may run several queries, all or nothing */
  write<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** a managed read transaction running several queries against one snapshot */
  readTransaction<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  addQueryListener(listener: QueryListener): () => void;
  addCommitListener(listener: CommitListener): () => void;
  /**
   * This database as one request sees it: its transactions start after `after` (bookmarks of a
   * write the client made through another replica), and the bookmarks of its own writes go to
   * `written`, for the client to send to whichever replica it reads from next.
   */
  causal(after: readonly string[], written: (bookmarks: string[]) => void): Database;
  close(): Promise<void>;
}

export function createDriver(config: Neo4jConfig): Driver {
  const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
  return neo4j.driver(boltUri(config), auth, {
    userAgent: 'claimgraph',
    // Fail fast when the database is down instead of queueing requests for a minute.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 10_000,
  });
}

/** How long a transaction may run before Neo4j terminates it; unset: no deadline. */
export interface TransactionDeadlines {
  readTimeoutMs?: number;
  writeTimeoutMs?: number;
}

export function createDatabase(
  driver: Driver,
  name: string,
  availabilityOptions?: AvailabilityOptions,
  deadlines: TransactionDeadlines = {},
): Database {
  const listeners = new Set<QueryListener>();
  const commitListeners = new Set<CommitListener>();
  const availability = createAvailability(driver, name, availabilityOptions);
  // Every session of this process after the writes this process made: read-your-writes on a
  // cluster, where a read may be routed to a follower that has not caught up yet.
  const bookmarkManager = neo4j.bookmarkManager();

  function notify(operation: string, mode: 'READ' | 'WRITE', params: QueryParams): void {
    for (const listener of listeners) listener({ operation, mode, params });
  }

  // Counting wraps tx.run so every statement sent to the server is seen, however the work is composed.
  function counted(tx: ManagedTransaction, operation: string, mode: 'READ' | 'WRITE'): ManagedTransaction {
    return new Proxy(tx, {
      get(target, property, receiver) {
        if (property === 'run') {
          return (cypher: string, params?: QueryParams) => {
            notify(operation, mode, params ?? {});
            return target.run(cypher, params);
          };
        }
        return Reflect.get(target, property, receiver);
      },
    });
  }

  // The deadline travels with the transaction: Neo4j itself stops a query that passes it.
  function config(operation: string, mode: 'READ' | 'WRITE') {
    const timeout = mode === 'READ' ? deadlines.readTimeoutMs : deadlines.writeTimeoutMs;
    return { metadata: { app: 'claimgraph', operation }, ...(timeout === undefined ? {} : { timeout }) };
  }

  interface Causality {
    after: readonly string[];
    written?: (bookmarks: string[]) => void;
  }

  function openSession(mode: 'READ' | 'WRITE', causality: Causality) {
    return driver.session({
      database: name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager,
      ...(causality.after.length > 0 ? { bookmarks: [...causality.after] } : {}),
    });
  }

  async function withSession<T>(
    mode: 'READ' | 'WRITE',
    operation: string,
    work: (tx: ManagedTransaction) => Promise<T>,
    causality: Causality,
  ): Promise<T> {
    if (!availability.up) throw new DatabaseUnavailableError();
    const session = openSession(mode, causality);
    const running = (async () => {
      try {
        if (mode === 'READ') {
          return await session.executeRead(
            (tx) => work(counted(tx, operation, mode)),
            config(operation, mode),
          );
        }
        const result = await session.executeWrite(
          (tx) => work(counted(tx, operation, mode)),
          config(operation, mode),
        );
        causality.written?.(session.lastBookmarks());
        await Promise.all([...commitListeners].map((listener) => listener(operation).catch(() => {})));
        return result;
      } catch (error) {
        if (isUnreachable(error)) availability.markDown();
        throw mapNeo4jError(error);
      } finally {
        await session.close();
      }
    })();
    return availability.guard(running);
  }

  async function autoCommitRead<R extends RecordShape>(
    operation: string,
    cypher: string,
    params: QueryParams,
    causality: Causality,
  ): Promise<QueryResult<R>> {
    if (!availability.up) throw new DatabaseUnavailableError();
    const running = (async () => {
      for (let attempt = 1; ; attempt++) {
        const session = openSession('READ', causality);
        try {
          notify(operation, 'READ', params);
          return await session.run<R>(cypher, params, config(operation, 'READ'));
        } catch (error) {
          // An unreachable database is the circuit breaker's business: fail fast, no retry.
          if (attempt < READ_ATTEMPTS && !isUnreachable(error) && neo4j.isRetryableError(error)) continue;
          if (isUnreachable(error)) availability.markDown();
          throw mapNeo4jError(error);
        } finally {
          await session.close();
        }
      }
    })();
    return availability.guard(running);
  }

  const view = (causality: Causality): Database => ({
    driver,
    name,
    read: (operation, cypher, params = {}) => autoCommitRead(operation, cypher, params, causality),
    write: (operation, work) => withSession('WRITE', operation, work, causality),
    readTransaction: (operation, work) => withSession('READ', operation, work, causality),
    addQueryListener(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    addCommitListener(listener) {
      commitListeners.add(listener);
      return () => commitListeners.delete(listener);
    },
    causal: (after, written) => view({ after, written }),
    close: () => {
      availability.close();
      return driver.close();
    },
  });
  return view({ after: [] });
}

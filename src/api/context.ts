import type { AppConfig } from '../platform/config';
import type { Database } from '../store/neo4j/database';
import type { Caller } from './auth/credentials';
import type { Loaders } from './loaders';

/** What every resolver receives: built fresh for each request. */
export interface RequestContext {
  db: Database;
  loaders: Loaders;
  config: AppConfig;
  /** who is calling, and with which role (src/api/auth/credentials.ts) */
  caller: Caller;
}

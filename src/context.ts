import type { Caller } from './auth/credentials';
import type { AppConfig } from './config';
import type { Database } from './db/database';
import type { Loaders } from './loaders';

/** What every resolver receives: built fresh for each request. */
export interface RequestContext {
  db: Database;
  loaders: Loaders;
  config: AppConfig;
  /** who is calling, and with which role (src/auth/credentials.ts) */
  caller: Caller;
}

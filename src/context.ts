import type { AppConfig } from './config';
import type { Database } from './db/database';
import type { Loaders } from './loaders';

/** What every resolver receives: built fresh for each request. */
export interface RequestContext {
  db: Database;
  loaders: Loaders;
  config: AppConfig;
}

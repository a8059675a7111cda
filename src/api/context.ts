import type { EventBus } from '../bus/event-bus';
import type { AppConfig } from '../platform/config';
import type { Database } from '../store/neo4j/database';
import type { Caller } from './auth/credentials';
import type { Loaders } from './loaders';
import type { ApiIngestQueue } from './queue';
import type { GraphPubSub, SubscriptionSlots } from './subscriptions';

/** What every resolver receives: built fresh for each request. */
export interface RequestContext {
  db: Database;
  loaders: Loaders;
  config: AppConfig;
  /** who is calling, and with which role (src/api/auth/credentials.ts) */
  caller: Caller;
  /** where writes announce committed statements */
  events: EventBus;
  /** what subscriptions listen on */
  pubsub: GraphPubSub;
  subscriptionSlots: SubscriptionSlots;
  /** who the request counts against: `principal:…` for a valid credential, else `address:…` */
  client: string;
  /** the ingest queue, when Redis is configured */
  queue: ApiIngestQueue | undefined;
}

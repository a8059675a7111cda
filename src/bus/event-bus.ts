// The event bus subscriptions listen on and writes publish to. Without Redis, an in-process
// EventTarget: one process, nothing to start. With CLAIMGRAPH_REDIS_URL, Redis pub/sub
// (@graphql-yoga/redis-event-target over ioredis), so a subscriber on one replica hears a write
// made through another. A publish never waits: while Redis is away, events are dropped and
// counted (a subscriber cannot be told about the past anyway), and ioredis reconnects.

import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { EventPublisher, GraphEvents, GraphEventTopic } from '../domain/events';
import type { Logger } from '../platform/logger';
import { redisConnection } from './redis';

/** The channel each topic travels on, shared by every replica of one deployment. */
export const CHANNELS = {
  'statement-added': 'claimgraph:statement-added',
  'claim-appeared': 'claimgraph:claim-appeared',
} as const satisfies { [T in GraphEventTopic]: string };

export type BusState = 'in-process' | 'up' | 'down';

export interface EventBus extends EventPublisher {
  /** what subscriptions listen on (Yoga's createPubSub takes it), events under CHANNELS names */
  readonly target: EventTarget;
  state(): BusState;
  /** events dropped because Redis was unreachable when they were published */
  dropped(): number;
  close(): Promise<void>;
}

export function inProcessEventBus(log: Logger): EventBus {
  const target = new EventTarget();
  return {
    target,
    failed: (what, error) =>
      log.warn(`Event bus: ${what} failed: ${error instanceof Error ? error.message : String(error)}`),
    publish(topic, event) {
      // Listeners run in a later turn: a slow subscriber never runs inside the writer's call.
      queueMicrotask(() => target.dispatchEvent(new CustomEvent(CHANNELS[topic], { detail: event })));
    },
    state: (): BusState => 'in-process',
    dropped: () => 0,
    close: async () => {},
  };
}

export interface RedisEventBusOptions {
  url: string;
  log: Logger;
  /** most time between reconnection attempts */
  maxReconnectDelayMs?: number;
}

export function redisEventBus({ url, log, maxReconnectDelayMs = 2000 }: RedisEventBusOptions): EventBus {
  // An event published while Redis is away fails at once instead of piling up in memory.
  const publisher = redisConnection(url, 'fails-fast', maxReconnectDelayMs);
  const subscriber = redisConnection(url, 'waits', maxReconnectDelayMs);
  let dropped = 0;
  let lastState: BusState | undefined;
  const state = (): BusState =>
    publisher.status === 'ready' && subscriber.status === 'ready' ? 'up' : 'down';
  const report = () => {
    const now = state();
    if (now === lastState) return;
    if (now === 'up') log.info(`Event bus: connected to Redis${lastState ? ' again' : ''}.`);
    else if (lastState === 'up')
      log.warn('Event bus: Redis is unreachable; reconnecting (events are dropped meanwhile).');
    lastState = now;
  };
  for (const client of [publisher, subscriber]) {
    client.on('ready', report);
    client.on('close', report);
  }
  const target = createRedisEventTarget({ publishClient: publisher, subscribeClient: subscriber });
  return {
    target: target as unknown as EventTarget,
    failed: (what, error) =>
      log.warn(`Event bus: ${what} failed: ${error instanceof Error ? error.message : String(error)}`),
    publish<T extends GraphEventTopic>(topic: T, event: GraphEvents[T]) {
      if (publisher.status !== 'ready') {
        dropped += 1;
        return;
      }
      publisher.publish(CHANNELS[topic], JSON.stringify(event)).catch(() => {
        dropped += 1;
      });
    },
    state,
    dropped: () => dropped,
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

/** The bus the configuration asks for. */
export function createEventBus(redisUrl: string | undefined, log: Logger): EventBus {
  return redisUrl ? redisEventBus({ url: redisUrl, log }) : inProcessEventBus(log);
}

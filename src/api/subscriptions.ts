// What subscriptions need from the server: the pub/sub over the event bus (Yoga's
// createPubSub on the bus's EventTarget, so SSE and WebSocket subscribers share it), and the
// per-process cap on open subscriptions, so no number of clients can hold the process.

import { createPubSub, Repeater } from 'graphql-yoga';
import type { CHANNELS, EventBus } from '../bus/event-bus';
import { TooManyRequestsError } from '../domain/errors';
import type { GraphEvents, GraphEventTopic } from '../domain/events';

export type GraphPubSub = ReturnType<typeof graphPubSub>;

type ChannelPayloads = { [T in GraphEventTopic as (typeof CHANNELS)[T]]: [GraphEvents[T]] };

export function graphPubSub(bus: EventBus) {
  return createPubSub<ChannelPayloads>({ eventTarget: bus.target as never });
}

export interface SubscriptionSlots {
  /**
   * Takes a slot for `client` (a principal or an address) or throws TOO_MANY_REQUESTS; the
   * returned function gives it back (once).
   */
  acquire(client: string): () => void;
  readonly open: number;
}

/** At most `max` subscriptions open in this process, and `perClient` for any one client, so no one client holds them all. */
export function subscriptionSlots(max: number, perClient: number): SubscriptionSlots {
  let open = 0;
  const byClient = new Map<string, number>();
  return {
    acquire(client) {
      if (open >= max) {
        throw new TooManyRequestsError(
          `This server has ${max} subscriptions open, its limit (CLAIMGRAPH_MAX_SUBSCRIPTIONS); try again later`,
          max,
        );
      }
      const own = byClient.get(client) ?? 0;
      if (own >= perClient) {
        throw new TooManyRequestsError(
          `You have ${perClient} subscriptions open, the limit for one client (CLAIMGRAPH_MAX_SUBSCRIPTIONS_PER_CLIENT); close one first`,
          perClient,
        );
      }
      open += 1;
      byClient.set(client, own + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        open -= 1;
        const left = (byClient.get(client) ?? 1) - 1;
        if (left > 0) byClient.set(client, left);
        else byClient.delete(client);
      };
    },
    get open() {
      return open;
    },
  };
}

/**
 * The events of `source` until the client leaves; then the slot is released. A Repeater, not
 * an async generator: a generator's return() waits behind a pending next(), so a client
 * leaving a quiet subscription would never give its slot (or its listener) back.
 */
export function holdingSlot<T>(source: AsyncIterable<T>, release: () => void): AsyncIterable<T> {
  return new Repeater<T>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    stop.then(() => {
      release();
      void iterator.return?.();
    });
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) await push(next.value);
    } finally {
      stop();
    }
  });
}

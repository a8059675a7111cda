import { filter, map, pipe } from 'graphql-yoga';
import { CHANNELS } from '../../bus/event-bus';
import { statementEventMatcher } from '../../core/events/statement-match';
import type { ClaimAppearedEvent } from '../../domain/events';
import type { Statement as StatementModel } from '../../domain/model';
import type { RequestContext } from '../context';
import type { ClaimAppearanceResolvers, SubscriptionResolvers } from '../generated/graphql';
import { createLoaders } from '../loaders';
import { holdingSlot } from '../subscriptions';
import { required } from './loaded';

/**
 * A subscription lives for hours: each event gets fresh loaders, so nothing read for one event
 * is served stale (or kept in memory) for the next.
 */
function freshLoaders(context: RequestContext): RequestContext['loaders'] {
  context.loaders = createLoaders(context.db);
  return context.loaders;
}

export const Subscription: SubscriptionResolvers = {
  statementAdded: {
    subscribe: async (_, args, context) => {
      // The filter is checked (and its known names resolved) before a slot is taken.
      const matches = await statementEventMatcher(context.loaders.names, args.filter);
      const release = context.subscriptionSlots.acquire(context.client);
      const events = pipe(
        context.pubsub.subscribe(CHANNELS['statement-added']),
        filter(matches),
        // A statement retracted between its write and this read is no longer news.
        map((event) => freshLoaders(context).statement.load(event.statementId)),
        filter((statement): statement is StatementModel => statement !== null),
      );
      return holdingSlot(events, release);
    },
    resolve: (statement: StatementModel) => statement,
  },
  claimAppeared: {
    subscribe: async (_, { claimId }, context) => {
      // Following a claim that does not exist would wait forever: NOT_FOUND, as a query says.
      if (claimId != null) await required(context.loaders.claim, 'Claim', claimId, 'claimId');
      const release = context.subscriptionSlots.acquire(context.client);
      const events = pipe(
        context.pubsub.subscribe(CHANNELS['claim-appeared']),
        filter((event) => claimId == null || event.claimId === claimId),
      );
      return holdingSlot(events, release);
    },
    resolve: (event: ClaimAppearedEvent, _: unknown, context: RequestContext) => {
      freshLoaders(context);
      return event;
    },
  },
};

export const ClaimAppearance: ClaimAppearanceResolvers = {
  claim: (event, _, { loaders }) => required(loaders.claim, 'Claim', event.claimId),
  source: (event, _, { loaders }) => required(loaders.source, 'Source', event.sourceId),
  statement: (event, _, { loaders }) => required(loaders.statement, 'Statement', event.statementId),
};

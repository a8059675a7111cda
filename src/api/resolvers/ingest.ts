import { type IngestOutcome, ingestArticle, validateArticle } from '../../core/ingest/ingest-article';
import { BadUserInputError, ClaimgraphError, QueueUnavailableError } from '../../domain/errors';
import { decodeStatementKey, pageRequest } from '../connections';
import type { RequestContext } from '../context';
import type {
  IngestJobResolvers,
  IngestResultResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/graphql';
import { MAX_ENQUEUED_PER_CALL } from '../queue';
import { present, required } from './loaded';

function queueOf(context: RequestContext) {
  if (!context.queue) {
    throw new QueueUnavailableError(
      'The ingest queue needs Redis: set CLAIMGRAPH_REDIS_URL on the API and run `npm run worker` (or use ingestArticle, one article at a time)',
    );
  }
  return context.queue;
}

export const ingestMutations: Pick<MutationResolvers, 'ingestArticle' | 'ingestArticles'> = {
  ingestArticle: (_, { input }, { db, caller, events }) => ingestArticle(db, input, caller.principal, events),

  ingestArticles: async (_, { inputs }, context) => {
    const queue = queueOf(context);
    if (inputs.length > MAX_ENQUEUED_PER_CALL) {
      throw new BadUserInputError(
        `ingestArticles takes at most ${MAX_ENQUEUED_PER_CALL} articles per call, got ${inputs.length}`,
        'inputs',
      );
    }
    // Every article is checked before any is enqueued: a bad one refuses the call, naming it.
    const articles = inputs.map((input, index) => {
      try {
        return validateArticle(input);
      } catch (error) {
        if (error instanceof ClaimgraphError) {
          throw new BadUserInputError(`inputs[${index}]: ${error.message}`, `inputs[${index}]`);
        }
        throw error;
      }
    });
    return queue.enqueue(articles.map((article) => ({ article, by: context.caller.principal })));
  },
};

export const ingestQueries: Pick<QueryResolvers, 'ingestJob'> = {
  ingestJob: (_, { id }, context) => queueOf(context).job(id),
};

export const IngestJob: IngestJobResolvers = {
  result: (job) => job.result,
};

/** A duplicate reports what the graph already holds for the article. */
const ALL_OF_AN_ARTICLE = pageRequest({ first: 1000 }, decodeStatementKey, 1000);

export const IngestResult: IngestResultResolvers = {
  source: (outcome: IngestOutcome, _, { loaders }) => required(loaders.source, 'Source', outcome.sourceId),
  statements: async (outcome, _, { loaders }) => {
    if (outcome.duplicate) {
      const statements = await loaders
        .statementsOf({ kind: 'source', page: ALL_OF_AN_ARTICLE })
        .load(outcome.sourceId);
      return [...statements].sort((a, b) => (a.startOffset ?? 0) - (b.startOffset ?? 0));
    }
    return present(await loaders.statement.loadMany(outcome.statementIds));
  },
  createdActors: async (outcome, _, { loaders }) => {
    return present(await loaders.actor.loadMany(outcome.createdActorIds));
  },
};

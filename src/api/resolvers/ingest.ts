import { ingestArticle } from '../../core/ingest/ingest-article';
import { decodeStatementKey, pageRequest } from '../connections';
import type { IngestResultResolvers, MutationResolvers } from '../generated/graphql';
import { present, required } from './loaded';

export const ingestMutations: Pick<MutationResolvers, 'ingestArticle'> = {
  ingestArticle: (_, { input }, { db, caller, events }) => ingestArticle(db, input, caller.principal, events),
};

/** A duplicate reports what the graph already holds for the article. */
const ALL_OF_AN_ARTICLE = pageRequest({ first: 1000 }, decodeStatementKey, 1000);

export const IngestResult: IngestResultResolvers = {
  source: (outcome, _, { loaders }) => required(loaders.source, 'Source', outcome.sourceId),
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

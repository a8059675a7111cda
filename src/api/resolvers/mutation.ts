import { importClaimReviews } from '../../core/reviews/import-claim-reviews';
import { correctStatement } from '../../core/writes/correct-statement';
import { mergeActors } from '../../core/writes/merge-actors';
import { recordStatement } from '../../core/writes/record-statement';
import { relateClaims } from '../../core/writes/relate-claims';
import { retractSource } from '../../core/writes/retract-source';
import { splitStatementFromClaim } from '../../core/writes/split-statement';
import { upsertActor } from '../../core/writes/upsert-actor';
import { upsertSource } from '../../core/writes/upsert-source';
import type { MutationResolvers } from '../generated/graphql';
import { ingestMutations } from './ingest';

// Results are primed into the request's loaders: the mutation already read them back.
export const Mutation: MutationResolvers = {
  ping: () => true,

  upsertActor: async (_, { input }, { db, loaders, caller }) => {
    const actor = await upsertActor(db, input, caller.principal);
    loaders.actor.clear(actor.id).prime(actor.id, actor);
    return actor;
  },

  upsertSource: async (_, { input }, { db, loaders, caller }) => {
    const source = await upsertSource(db, input, caller.principal);
    loaders.source.clear(source.id).prime(source.id, source);
    return source;
  },

  recordStatement: async (_, { input, replace }, { db, loaders, caller, events }) => {
    const statement = await recordStatement(db, input, caller.principal, {
      replace: replace === true,
      events,
    });
    loaders.statement.clear(statement.id).prime(statement.id, statement);
    return statement;
  },

  relateClaims: (_, { input }, { db, caller }) => relateClaims(db, input, caller.principal),

  splitStatementFromClaim: async (_, { statementId }, { db, loaders, caller }) => {
    const statement = await splitStatementFromClaim(db, statementId, caller.principal);
    loaders.statement.clear(statement.id).prime(statement.id, statement);
    return statement;
  },

  retractSource: async (_, { id }, { db, loaders, caller }) => {
    const outcome = await retractSource(db, id, caller.principal);
    loaders.source.clear(outcome.sourceId);
    return outcome;
  },

  correctStatement: async (_, { input }, { db, loaders, caller }) => {
    const statement = await correctStatement(db, input, caller.principal);
    loaders.statement.clear(statement.id).prime(statement.id, statement);
    return statement;
  },

  importClaimReviews: (_, { jsonld }, { db, caller }) => importClaimReviews(db, jsonld, caller.principal),

  ...ingestMutations,

  mergeActors: async (_, { keepId, mergeId }, { db, loaders, caller }) => {
    const result = await mergeActors(db, keepId, mergeId, caller.principal);
    loaders.actor.clear(result.actorId);
    return result;
  },
};

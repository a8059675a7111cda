import { mergeActors } from '../../core/writes/merge-actors';
import { recordStatement } from '../../core/writes/record-statement';
import { relateClaims } from '../../core/writes/relate-claims';
import { splitStatementFromClaim } from '../../core/writes/split-statement';
import { upsertActor } from '../../core/writes/upsert-actor';
import { upsertSource } from '../../core/writes/upsert-source';
import type { MutationResolvers } from '../generated/graphql';
import { ingestMutations } from './ingest';

// Results are primed into the request's loaders: the mutation already read them back.
export const Mutation: MutationResolvers = {
  ping: () => true,

  upsertActor: async (_, { input }, { db, loaders }) => {
    const actor = await upsertActor(db, input);
    loaders.actor.clear(actor.id).prime(actor.id, actor);
    return actor;
  },

  upsertSource: async (_, { input }, { db, loaders }) => {
    const source = await upsertSource(db, input);
    loaders.source.clear(source.id).prime(source.id, source);
    return source;
  },

  recordStatement: async (_, { input, replace }, { db, loaders }) => {
    const statement = await recordStatement(db, input, { replace: replace === true });
    loaders.statement.clear(statement.id).prime(statement.id, statement);
    return statement;
  },

  relateClaims: (_, { input }, { db }) => relateClaims(db, input),

  splitStatementFromClaim: async (_, { statementId }, { db, loaders }) => {
    const statement = await splitStatementFromClaim(db, statementId);
    loaders.statement.clear(statement.id).prime(statement.id, statement);
    return statement;
  },

  ...ingestMutations,

  mergeActors: async (_, { keepId, mergeId }, { db, loaders }) => {
    const result = await mergeActors(db, keepId, mergeId);
    loaders.actor.clear(result.actorId);
    return result;
  },
};

import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  ping: () => true,
};

import type { Resolvers } from '../generated/graphql';
import { DateScalar } from './date-scalar';
import { IngestJob, IngestResult } from './ingest';
import { Mutation } from './mutation';
import { Query } from './query';
import { ClaimAppearance, Subscription } from './subscription';
import * as types from './types';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Subscription,
  ClaimAppearance,
  IngestResult,
  IngestJob,
  ...types,
};

import { BadUserInputError } from '../../domain/errors';
import type { Database } from '../../store/neo4j/database';
import {
  type AggregateKey,
  aggregateStatements,
  type BucketList,
  type BucketOrder,
  type BucketRequest,
} from '../../store/repo/aggregate';
import type { StatementFilterInput } from '../inputs';
import { type NameLookup, resolveStatementFilter } from '../statement-filter';

const DEFAULT_BUCKETS = 20;
const MAX_BUCKETS = 1000;

/** Validates first (1 to 1000, default 20) and picks the default order. */
export function bucketRequest(
  groupBy: AggregateKey,
  first: number | null | undefined,
  orderBy: BucketOrder | null | undefined,
): BucketRequest {
  const size = first ?? DEFAULT_BUCKETS;
  if (!Number.isInteger(size) || size < 1 || size > MAX_BUCKETS) {
    throw new BadUserInputError(
      `first must be an integer from 1 to ${MAX_BUCKETS}, got ${size}`,
      'first',
      first,
    );
  }
  return { first: size, orderBy: orderBy ?? (groupBy === 'MONTH' ? 'KEY_ASC' : 'COUNT_DESC') };
}

/**
 * Statements counted by actor, topic, outlet or month: the first `first` buckets (1 to 1000,
 * default 20) in `orderBy` (default: months in order, the rest by count).
 */
export async function aggregate(
  db: Database,
  names: NameLookup,
  groupBy: AggregateKey,
  filter: StatementFilterInput | null | undefined,
  first: number | null | undefined,
  orderBy: BucketOrder | null | undefined,
): Promise<BucketList> {
  const request = bucketRequest(groupBy, first, orderBy);
  return aggregateStatements(db, groupBy, await resolveStatementFilter(names, filter), request);
}

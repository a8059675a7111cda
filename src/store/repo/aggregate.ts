import type { Database } from '../neo4j/database';
import { int, toNumber } from '../neo4j/values';
import { type ResolvedStatementFilter, statementMatch } from './statement-query';

export type AggregateKey = 'ACTOR' | 'TOPIC' | 'OUTLET' | 'MONTH';
export type BucketOrder = 'COUNT_DESC' | 'COUNT_ASC' | 'KEY_ASC' | 'KEY_DESC';

export interface Bucket {
  key: string;
  count: number;
}

export interface BucketList {
  buckets: Bucket[];
  hasMore: boolean;
  /** evaluated only if the client selects totalCount */
  totalCount: () => Promise<number>;
}

export interface BucketRequest {
  first: number;
  orderBy: BucketOrder;
}

// Fixed grouping clauses: the key chooses one, user values never enter the text.
const GROUPINGS: Record<AggregateKey, string> = {
  ACTOR: 'MATCH (s)-[:SAID_BY]->(g:Actor)\nWITH g.name AS key, count(DISTINCT s) AS count',
  TOPIC:
    'MATCH (s)-[:EXPRESSES]->(:Claim)-[:ABOUT]->(g:Topic)\nWITH g.name AS key, count(DISTINCT s) AS count',
  OUTLET:
    'MATCH (s)-[:REPORTED_IN]->(:Source)-[:PUBLISHED_BY]->(g:Actor)\nWITH g.name AS key, count(DISTINCT s) AS count',
  MONTH: 'WITH substring(toString(s.at), 0, 7) AS key, count(DISTINCT s) AS count',
};

const ORDERS: Record<BucketOrder, string> = {
  COUNT_DESC: 'count DESC, key ASC',
  COUNT_ASC: 'count ASC, key ASC',
  KEY_ASC: 'key ASC',
  KEY_DESC: 'key DESC',
};

function grouped(groupBy: AggregateKey, filter: ResolvedStatementFilter, params: Record<string, unknown>) {
  return `${statementMatch(filter, params, { topicAnchor: true })}\nWITH DISTINCT s\n${GROUPINGS[groupBy]}`;
}

export function buildAggregateQuery(
  groupBy: AggregateKey,
  filter: ResolvedStatementFilter,
  request: BucketRequest,
) {
  // One bucket more than asked tells whether there are more.
  const params: Record<string, unknown> = { limit: int(request.first + 1) };
  const cypher = `${grouped(groupBy, filter, params)}\nRETURN key, count ORDER BY ${ORDERS[request.orderBy]} LIMIT $limit`;
  return { cypher, params };
}

export function buildBucketCountQuery(groupBy: AggregateKey, filter: ResolvedStatementFilter) {
  const params: Record<string, unknown> = {};
  return { cypher: `${grouped(groupBy, filter, params)}\nRETURN count(*) AS total`, params };
}

/** Statement counts per speaker, topic, outlet or month (YYYY-MM): the first buckets in order. */
export async function aggregateStatements(
  db: Database,
  groupBy: AggregateKey,
  filter: ResolvedStatementFilter,
  request: BucketRequest,
): Promise<BucketList> {
  const query = buildAggregateQuery(groupBy, filter, request);
  const result = await db.read(`aggregate.${groupBy.toLowerCase()}`, query.cypher, query.params);
  const buckets = result.records.map((record) => ({
    key: String(record.get('key')),
    count: toNumber(record.get('count')),
  }));
  return {
    buckets: buckets.slice(0, request.first),
    hasMore: buckets.length > request.first,
    totalCount: async () => {
      const count = buildBucketCountQuery(groupBy, filter);
      const counted = await db.read(`aggregate.${groupBy.toLowerCase()}.count`, count.cypher, count.params);
      return toNumber(counted.records[0]?.get('total') ?? 0);
    },
  };
}

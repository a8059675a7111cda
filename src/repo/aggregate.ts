import type { Database } from '../db/database';
import { toNumber } from '../db/values';
import { type ResolvedStatementFilter, statementMatch } from './statement-query';

export type AggregateKey = 'ACTOR' | 'TOPIC' | 'OUTLET' | 'MONTH';

export interface Bucket {
  key: string;
  count: number;
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

export function buildAggregateQuery(groupBy: AggregateKey, filter: ResolvedStatementFilter) {
  const params: Record<string, unknown> = {};
  const order = groupBy === 'MONTH' ? 'key ASC' : 'count DESC, key ASC';
  const cypher = `${statementMatch(filter, params, { topicAnchor: true })}\nWITH DISTINCT s\n${GROUPINGS[groupBy]}\nRETURN key, count ORDER BY ${order}`;
  return { cypher, params };
}

/** Statement counts per speaker, topic, outlet or month (YYYY-MM). */
export async function aggregateStatements(
  db: Database,
  groupBy: AggregateKey,
  filter: ResolvedStatementFilter,
): Promise<Bucket[]> {
  const query = buildAggregateQuery(groupBy, filter);
  const result = await db.read(`aggregate.${groupBy.toLowerCase()}`, query.cypher, query.params);
  return result.records.map((record) => ({
    key: String(record.get('key')),
    count: toNumber(record.get('count')),
  }));
}

import type { Database } from '../db/database';
import { toNumber } from '../db/values';
import type { Statement } from '../domain/model';
import { cypher } from './cypher';
import { toStatement } from './mappers';
import { type Connection, encodeCursor, keyDecoder, type PageRequest, toConnection } from './pagination';
import {
  buildOwnedStatementCountQuery,
  buildOwnedStatementsQuery,
  buildStatementCountQuery,
  buildStatementPageQuery,
  type ResolvedStatementFilter,
  type StatementKey,
  type StatementOwnerKind,
} from './statement-query';

export const statementCursor = (statement: Statement) =>
  encodeCursor('statement', [statement.at ?? statement.saidAt ?? '', statement.id]);

export const decodeStatementKey = keyDecoder<StatementKey>('statement', ([at, id]) =>
  typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at) && typeof id === 'string' ? { at, id } : undefined,
);

export async function statementsByIds(db: Database, ids: readonly string[]): Promise<Statement[]> {
  const result = await db.read('statements.by-ids', cypher('statements-by-ids'), { ids: [...ids] });
  return result.records.map((record) => toStatement(record.get('statement')));
}

export async function listStatements(
  db: Database,
  filter: ResolvedStatementFilter,
  page: PageRequest<StatementKey>,
): Promise<Connection<Statement>> {
  const query = buildStatementPageQuery(filter, page);
  const result = await db.read('statements.page', query.cypher, query.params);
  const rows = result.records.map((record) => toStatement(record.get('statement')));
  return toConnection(page, rows, statementCursor, async () => {
    const count = buildStatementCountQuery(filter);
    const counted = await db.read('statements.count', count.cypher, count.params);
    return toNumber(counted.records[0]?.get('total') ?? 0);
  });
}

/** One page per owner; owners without statements get an empty list. */
export async function statementsOfOwners(
  db: Database,
  kind: StatementOwnerKind,
  ownerIds: readonly string[],
  page: PageRequest<StatementKey>,
  /** index entries a dense owner's walk may read (statement-query.ts); tests make it small */
  walkBudget?: number,
): Promise<Map<string, Statement[]>> {
  const query = buildOwnedStatementsQuery(kind, ownerIds, page, walkBudget);
  const result = await db.read(`statements.of-${kind}s`, query.cypher, query.params);
  const byOwner = new Map<string, Statement[]>();
  for (const record of result.records) {
    byOwner.set(
      String(record.get('ownerId')),
      (record.get('statements') as Record<string, unknown>[]).map(toStatement),
    );
  }
  return byOwner;
}

export async function countStatementsOfOwners(
  db: Database,
  kind: StatementOwnerKind,
  ownerIds: readonly string[],
): Promise<Map<string, number>> {
  const query = buildOwnedStatementCountQuery(kind, ownerIds);
  const result = await db.read(`statements.count-of-${kind}s`, query.cypher, query.params);
  return new Map(
    result.records.map((record) => [String(record.get('ownerId')), toNumber(record.get('total'))]),
  );
}

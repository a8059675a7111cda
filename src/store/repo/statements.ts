import type { QueryResult } from 'neo4j-driver';
import type { Actor, Source, Statement } from '../../domain/model';
import type { Database, Transaction } from '../neo4j/database';
import { toNumber } from '../neo4j/values';
import { cypher } from './cypher';
import { toActor, toSource, toStatement } from './mappers';
import type { PageRequest } from './page-request';
import {
  buildOwnedStatementCountQuery,
  buildOwnedStatementsQuery,
  buildStatementCountQuery,
  buildStatementPageQuery,
  type ResolvedStatementFilter,
  type StatementIncludes,
  type StatementKey,
  type StatementOwnerKind,
} from './statement-query';

/** Objects a statement list brought along (StatementIncludes), for priming loaders. */
export interface RelatedObjects {
  actors: Actor[];
  sources: Source[];
}

function collectRelated(maps: readonly unknown[], into: RelatedObjects): void {
  for (const map of maps as Array<Record<string, Record<string, unknown> | null> | null>) {
    if (!map) continue;
    if (map.speaker) into.actors.push(toActor(map.speaker));
    if (map.outlet) into.actors.push(toActor(map.outlet));
    if (map.source) into.sources.push(toSource(map.source));
  }
}

const statementsOf = (result: QueryResult) =>
  result.records.map((record) => toStatement(record.get('statement')));

export async function statementsByIds(db: Database, ids: readonly string[]): Promise<Statement[]> {
  return statementsOf(await db.read('statements.by-ids', cypher('statements-by-ids'), { ids: [...ids] }));
}

/** The same, inside the caller's transaction: a write reads what it locked. */
export async function statementsByIdsIn(tx: Transaction, ids: readonly string[]): Promise<Statement[]> {
  return statementsOf(await tx.run(cypher('statements-by-ids'), { ids: [...ids] }));
}

/** Every statement `sourceId` reports (an article's, so bounded by its length). */
export async function statementsOfSourceIn(tx: Transaction, sourceId: string): Promise<Statement[]> {
  return statementsOf(await tx.run(cypher('statements-of-source'), { sourceId }));
}

/**
 * Up to page.size + 1 statements in sort-date order from the page's key (the extra one says
 * there is more); the objects `includes` asks for are pushed into `related`.
 */
export async function statementPage(
  db: Database,
  filter: ResolvedStatementFilter,
  page: PageRequest<StatementKey>,
  includes: StatementIncludes = {},
  related: RelatedObjects = { actors: [], sources: [] },
): Promise<Statement[]> {
  const query = buildStatementPageQuery(filter, page, includes);
  const result = await db.read('statements.page', query.cypher, query.params);
  const rows = result.records.map((record) => toStatement(record.get('statement')));
  if (result.records[0]?.has('related'))
    collectRelated(
      result.records.map((r) => r.get('related')),
      related,
    );
  return rows;
}

export async function countStatements(db: Database, filter: ResolvedStatementFilter): Promise<number> {
  const count = buildStatementCountQuery(filter);
  const counted = await db.read('statements.count', count.cypher, count.params);
  return toNumber(counted.records[0]?.get('total') ?? 0);
}

export interface OwnedStatementsOptions {
  includes?: StatementIncludes;
  /** receives the included objects */
  related?: RelatedObjects;
  /** index entries a dense owner's walk may read (statement-query.ts); tests make it small */
  walkBudget?: number;
}

/** One page per owner; owners without statements get an empty list. */
export async function statementsOfOwners(
  db: Database,
  kind: StatementOwnerKind,
  ownerIds: readonly string[],
  page: PageRequest<StatementKey>,
  options: OwnedStatementsOptions = {},
): Promise<Map<string, Statement[]>> {
  const query = buildOwnedStatementsQuery(kind, ownerIds, page, options.includes, options.walkBudget);
  const result = await db.read(`statements.of-${kind}s`, query.cypher, query.params);
  const byOwner = new Map<string, Statement[]>();
  for (const record of result.records) {
    byOwner.set(
      String(record.get('ownerId')),
      (record.get('statements') as Record<string, unknown>[]).map(toStatement),
    );
    if (options.related && record.has('related')) collectRelated(record.get('related'), options.related);
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

// Reads of keyset lists (keyset-list.ts, lists.ts): one page of a graph-wide list, or one page
// per owner of a neighbour list, and their counts. Rows come back mapped, with their keys.

import type { Database } from '../neo4j/database';
import { toNumber } from '../neo4j/values';
import {
  buildListCountQuery,
  buildListPageQuery,
  buildOwnedListCountQuery,
  buildOwnedListPageQuery,
  type KeyedRow,
  type ListKey,
} from './keyset-list';
import type { ListDefinition } from './lists';
import type { PageRequest } from './page-request';

type Row = Record<string, unknown>;

function keyed<T>(list: ListDefinition<T>, row: Row, key: unknown): KeyedRow<T> {
  return { node: list.map(row), key: (key as unknown[]).map(String) };
}

export async function readListPage<T>(
  db: Database,
  list: ListDefinition<T>,
  page: PageRequest<ListKey>,
  params: Record<string, unknown> = {},
): Promise<KeyedRow<T>[]> {
  const query = buildListPageQuery(list, page, params);
  const result = await db.read(list.name, query.cypher, query.params);
  return result.records.map((record) => keyed(list, record.get('row') as Row, record.get('key')));
}

/** One page per owner; an owner without rows (or unknown) maps to an empty page. */
export async function readOwnedListPages<T>(
  db: Database,
  list: ListDefinition<T>,
  ownerIds: readonly string[],
  page: PageRequest<ListKey>,
  params: Record<string, unknown> = {},
): Promise<Map<string, KeyedRow<T>[]>> {
  const query = buildOwnedListPageQuery(list, ownerIds, page, params);
  const result = await db.read(list.name, query.cypher, query.params);
  const pages = new Map<string, KeyedRow<T>[]>();
  for (const record of result.records) {
    const rows = record.get('rows') as Array<{ row: Row; key: unknown }>;
    pages.set(
      String(record.get('ownerId')),
      rows.map(({ row, key }) => keyed(list, row, key)),
    );
  }
  return pages;
}

export async function countList(
  db: Database,
  list: ListDefinition<unknown>,
  params: Record<string, unknown> = {},
): Promise<number> {
  const query = buildListCountQuery(list, params);
  const result = await db.read(`${list.name}.count`, query.cypher, query.params);
  return toNumber(result.records[0]?.get('total') ?? 0);
}

export async function countOwnedLists(
  db: Database,
  list: ListDefinition<unknown>,
  ownerIds: readonly string[],
  params: Record<string, unknown> = {},
): Promise<Map<string, number>> {
  const query = buildOwnedListCountQuery(list, ownerIds, params);
  const result = await db.read(`${list.name}.count`, query.cypher, query.params);
  return new Map(
    result.records.map((record) => [String(record.get('ownerId')), toNumber(record.get('total'))]),
  );
}

// Pages of the lists that grow with the data: an object's neighbours (a topic's claims, a
// claim's appearances, an actor's stances) and the graph-wide lists (topics, stances,
// conflicts). Each list names a total order as a tuple of string keys; a page reads the rows
// strictly after (or before) its cursor's tuple, sorts, and keeps size + 1, so Neo4j never
// ships a whole neighbourhood and Node never slices one. Rows are projected after the LIMIT:
// a hot node's ten thousand neighbours are sorted by key, and only a page is mapped.
//
// Neighbour lists read one page for each of many owners in one query (UNWIND over the owner
// ids), so a nested field still costs one round trip per nesting level.

import { int } from '../neo4j/values';
import type { PageRequest } from './page-request';
import type { BuiltQuery } from './statement-query';

export interface KeysetList {
  /** the cursor's kind: a cursor from another list is refused */
  kind: string;
  /** the query's name in logs and metrics */
  name: string;
  /**
   * Cypher binding the rows: a MATCH (and WITH DISTINCT) from `ownerId` for a neighbour list,
   * from parameters only for a graph-wide list. Fixed text; values travel as parameters.
   */
  match: string;
  /** non-null string expressions whose tuple orders the rows totally (an id last) */
  keys: string[];
  /** newest first and the like: every key descending */
  descending?: boolean;
  /** the map each row returns, for the list's mapper */
  row: string;
  /** counts the rows bound by `match`; default count(*) */
  count?: string;
}

export type ListKey = string[];

export interface KeyedRow<T> {
  node: T;
  key: ListKey;
}

function comparison(list: KeysetList, page: PageRequest<ListKey>): string {
  // Forward reads away from the cursor in the list's order; backward towards its start.
  const ascending = (page.direction === 'forward') !== (list.descending === true);
  const op = ascending ? '>' : '<';
  const terms = list.keys.map((_, i) => {
    const equal = list.keys.slice(0, i).map((__, j) => `key[${j}] = $cursor[${j}]`);
    return `(${[...equal, `key[${i}] ${op} $cursor[${i}]`].join(' AND ')})`;
  });
  return terms.join(' OR ');
}

function ordering(list: KeysetList, page: PageRequest<ListKey>): string {
  const ascending = (page.direction === 'forward') !== (list.descending === true);
  return list.keys.map((_, i) => `key[${i}] ${ascending ? 'ASC' : 'DESC'}`).join(', ');
}

/** The lines that bind `key`, apply the cursor and keep one page, in the request's order. */
function pageLines(list: KeysetList, page: PageRequest<ListKey>, params: Record<string, unknown>): string[] {
  params.limit = int(page.size + 1);
  const lines = [list.match, `WITH *, [${list.keys.join(', ')}] AS key`];
  if (page.from) {
    params.cursor = page.from;
    lines.push(`WHERE ${comparison(list, page)}`);
  }
  lines.push(`WITH * ORDER BY ${ordering(list, page)} LIMIT $limit`);
  return lines;
}

/** One page of a graph-wide list: rows `row` and `key`. */
export function buildListPageQuery(
  list: KeysetList,
  page: PageRequest<ListKey>,
  params: Record<string, unknown> = {},
): BuiltQuery {
  const all = { ...params };
  const cypher = [...pageLines(list, page, all), `RETURN ${list.row} AS row, key`].join('\n');
  return { cypher, params: all };
}

/** One page for each owner: rows `ownerId` and `rows` (a list of {row, key}, in page order). */
export function buildOwnedListPageQuery(
  list: KeysetList,
  ownerIds: readonly string[],
  page: PageRequest<ListKey>,
  params: Record<string, unknown> = {},
): BuiltQuery {
  const all: Record<string, unknown> = { ...params, ownerIds: [...ownerIds] };
  const inner = pageLines(list, page, all).map((line) => `  ${line.replace(/\n/g, '\n  ')}`);
  const cypher = [
    'UNWIND $ownerIds AS ownerId',
    'CALL (ownerId) {',
    ...inner,
    `  RETURN collect({row: ${list.row}, key: key}) AS rows`,
    '}',
    'RETURN ownerId, rows',
  ].join('\n');
  return { cypher, params: all };
}

export function buildListCountQuery(list: KeysetList, params: Record<string, unknown> = {}): BuiltQuery {
  return { cypher: `${list.match}\nRETURN ${list.count ?? 'count(*)'} AS total`, params: { ...params } };
}

export function buildOwnedListCountQuery(
  list: KeysetList,
  ownerIds: readonly string[],
  params: Record<string, unknown> = {},
): BuiltQuery {
  const match = list.match.replace(/\n/g, '\n  ');
  return {
    cypher: [
      'UNWIND $ownerIds AS ownerId',
      'CALL (ownerId) {',
      `  ${match}`,
      `  RETURN ${list.count ?? 'count(*)'} AS total`,
      '}',
      'RETURN ownerId, total',
    ].join('\n'),
    params: { ...params, ownerIds: [...ownerIds] },
  };
}

// Relay connections over keyset pages. A cursor is an opaque, versioned encoding of the
// sort key of the item it points at, so pages stay stable while new items are inserted.

import { isCalendarDate } from '../core/validate';
import { BadUserInputError } from '../domain/errors';
import type { Actor, Statement } from '../domain/model';
import type { ActorKey } from '../store/repo/actor-query';
import type { KeyedRow, KeysetList, ListKey } from '../store/repo/keyset-list';
import type { PageRequest } from '../store/repo/page-request';
import type { StatementKey } from '../store/repo/statement-query';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export type { ListKey, PageRequest };

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** evaluated only if the client selects totalCount */
  totalCount: () => Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(kind: string, key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string, field: string): unknown[] {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(decoded) && decoded[0] === kind) return decoded.slice(1);
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError(
    `${field} is not a cursor from this list: ${JSON.stringify(cursor)}`,
    field,
    cursor,
  );
}

function checkSize(field: string, value: number | null | undefined, max: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new BadUserInputError(`${field} must be an integer from 0 to ${max}, got ${value}`, field, value);
  }
  return value;
}

/**
 * Validates Relay arguments. first/after read forwards, last/before backwards; mixing the
 * two directions is rejected rather than guessed at.
 */
export function pageRequest<K>(
  args: PageArgs,
  decodeKey: (cursor: string, field: string) => K,
  maxPageSize = MAX_PAGE_SIZE,
): PageRequest<K> {
  const first = checkSize('first', args.first, maxPageSize);
  const last = checkSize('last', args.last, maxPageSize);
  const backward = last !== undefined || (args.before !== null && args.before !== undefined);
  const forward = first !== undefined || (args.after !== null && args.after !== undefined);
  if (forward && backward) {
    throw new BadUserInputError('Page with first/after or with last/before, not both', 'first');
  }
  if (backward) {
    return {
      direction: 'backward',
      size: last ?? DEFAULT_PAGE_SIZE,
      from: args.before ? decodeKey(args.before, 'before') : undefined,
    };
  }
  return {
    direction: 'forward',
    size: first ?? DEFAULT_PAGE_SIZE,
    from: args.after ? decodeKey(args.after, 'after') : undefined,
  };
}

/**
 * Builds the connection from up to size+1 rows read in the request's direction (the extra
 * row only tells whether another page exists). Rows come back in display order.
 */
export function toConnection<T, K>(
  request: PageRequest<K>,
  rows: T[],
  cursorOf: (node: T) => string,
  totalCount: () => Promise<number>,
): Connection<T> {
  const hasMore = rows.length > request.size;
  const page = rows.slice(0, request.size);
  if (request.direction === 'backward') page.reverse();
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  const fromCursor = request.from !== undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: request.direction === 'forward' ? hasMore : fromCursor,
      hasPreviousPage: request.direction === 'backward' ? hasMore : fromCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** A cursor decoder for pageRequest: checks the cursor's kind, then the shape of its key. */
export function keyDecoder<K>(kind: string, arity: number, parse: (values: unknown[]) => K | undefined) {
  return (cursor: string, field: string): K => {
    const values = decodeCursor(kind, cursor, field);
    // A cursor has exactly its list's keys: extra values are a forged cursor, not a longer key.
    const key = values.length === arity ? parse(values) : undefined;
    if (key === undefined) {
      throw new BadUserInputError(
        `${field} is not a cursor from this list: ${JSON.stringify(cursor)}`,
        field,
        cursor,
      );
    }
    return key;
  };
}

/** The cursor decoder for a keyset list: a tuple of as many strings as the list has keys. */
export function listKeyDecoder(list: Pick<KeysetList, 'kind' | 'keys'>) {
  return keyDecoder<ListKey>(list.kind, list.keys.length, (values) =>
    values.every((v) => typeof v === 'string') ? (values as string[]) : undefined,
  );
}

/** A validated page of a keyset list: its cursors decode to the list's own keys. */
export const listPageRequest = (
  args: PageArgs,
  list: Pick<KeysetList, 'kind' | 'keys'>,
  maxPageSize: number,
): PageRequest<ListKey> => pageRequest(args, listKeyDecoder(list), maxPageSize);

export const listCursor = (list: Pick<KeysetList, 'kind'>, key: ListKey) => encodeCursor(list.kind, key);

/** A connection over keyed rows: each edge's cursor encodes its row's key. */
export function keyedConnection<T>(
  list: Pick<KeysetList, 'kind'>,
  page: PageRequest<ListKey>,
  rows: KeyedRow<T>[],
  totalCount: () => Promise<number>,
): Connection<T> {
  const keyed = toConnection(page, rows, (row) => listCursor(list, row.key), totalCount);
  return { ...keyed, edges: keyed.edges.map(({ cursor, node }) => ({ cursor, node: node.node })) };
}

// Statements are ordered by their sort date, then id (statement-query.ts); actors by name.
export const statementCursor = (statement: Statement) =>
  encodeCursor('statement', [statement.at ?? statement.saidAt ?? '', statement.id]);

export const decodeStatementKey = keyDecoder<StatementKey>('statement', 2, ([at, id]) =>
  isCalendarDate(at) && typeof id === 'string' ? { at, id } : undefined,
);

export const actorCursor = (actor: Actor) => encodeCursor('actor', [actor.name.toLowerCase(), actor.id]);

export const decodeActorKey = keyDecoder<ActorKey>('actor', 2, ([nameKey, id]) =>
  typeof nameKey === 'string' && typeof id === 'string' ? { nameKey, id } : undefined,
);

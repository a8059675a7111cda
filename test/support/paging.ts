import type { Harness } from './harness';

export interface Page<N = { id: string }> {
  edges: Array<{ cursor: string; node: N }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/**
 * Walks a connection page by page in one direction and returns its nodes' keys in display
 * order, and how many pages it took. `query` takes $cursor and selects edges { cursor node }
 * and pageInfo; `field` names the connection at the top of the answer, or finds it deeper;
 * a node's key is its id unless `keyOf` says otherwise.
 */
export async function walkPages<N = { id: string }>(
  harness: Harness,
  query: string,
  field: string | ((data: Record<string, unknown>) => Page<N>),
  direction: 'forward' | 'backward',
  variables: Record<string, unknown> = {},
  keyOf: (node: N) => string = (node) => (node as { id: string }).id,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 1; pages < 1000; pages++) {
    const response = await harness.gql<Record<string, unknown>>(query, { ...variables, cursor });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const data = response.data as Record<string, unknown>;
    const page = typeof field === 'string' ? (data[field] as Page<N>) : field(data);
    const pageIds = page.edges.map((edge) => keyOf(edge.node));
    if (direction === 'forward') ids.push(...pageIds);
    else ids.unshift(...pageIds);
    const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (!more) return { ids, pages };
    cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
  }
  throw new Error('walkPages: more than 1000 pages, the cursor does not advance');
}

/**
 * The data with every connection that selects only `edges { node }` (no cursor, pageInfo or
 * totalCount) replaced by its nodes, so
 * expectations about a page read as lists: { edges: [{ node: a }, { node: b }] } -> [a, b].
 */
export function withNodeLists<T>(value: unknown): T {
  if (Array.isArray(value)) return value.map((item) => withNodeLists(item)) as T;
  if (value === null || typeof value !== 'object') return value as T;
  const entries = Object.entries(value as Record<string, unknown>);
  const [only] = entries;
  const edges = entries.length === 1 && only?.[0] === 'edges' && Array.isArray(only[1]) ? only[1] : undefined;
  if (edges?.every((edge) => edge && typeof edge === 'object' && Object.keys(edge).join() === 'node')) {
    return (edges as Array<{ node: unknown }>).map((edge) => withNodeLists(edge.node)) as T;
  }
  return Object.fromEntries(entries.map(([key, item]) => [key, withNodeLists(item)])) as T;
}

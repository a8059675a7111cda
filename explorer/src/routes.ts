// The explorer's pages and their URLs, both ways. Ids go in one path segment, percent-encoded
// (they contain colons and, for ingested data, any character).

export type Route =
  | { page: 'search'; query: string }
  | { page: 'actor' | 'statement' | 'claim' | 'source'; id: string }
  | { page: 'not-found'; path: string };

export const BASE = '/explore';
const ENTITY_PAGES = ['actor', 'statement', 'claim', 'source'] as const;
type EntityPage = (typeof ENTITY_PAGES)[number];

function isEntityPage(segment: string): segment is EntityPage {
  return (ENTITY_PAGES as readonly string[]).includes(segment);
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The page a location shows. */
export function routeOf(pathname: string, search: string): Route {
  const rest =
    pathname === BASE ? '' : pathname.startsWith(`${BASE}/`) ? pathname.slice(BASE.length + 1) : null;
  if (rest === null) return { page: 'not-found', path: pathname };
  const segments = rest.split('/').filter((segment) => segment !== '');
  if (segments.length === 0)
    return { page: 'search', query: new URLSearchParams(search).get('q')?.trim() ?? '' };
  const [page, id] = segments;
  if (segments.length === 2 && page !== undefined && id !== undefined && isEntityPage(page)) {
    const value = decoded(id);
    if (value !== undefined && value !== '') return { page, id: value };
  }
  return { page: 'not-found', path: pathname };
}

/** The URL of an actor's, statement's, claim's or source's page. */
export function pageUrl(page: EntityPage, id: string): string {
  return `${BASE}/${page}/${encodeURIComponent(id)}`;
}

export function searchUrl(query: string): string {
  return query === '' ? BASE : `${BASE}?${new URLSearchParams({ q: query })}`;
}

import type { Plugin } from 'graphql-yoga';
import type { Database } from '../../store/neo4j/database';
import { codedErrorResponse } from './error-response';

/**
 * Read-your-writes across replicas. A response to a request that wrote carries this header:
 * the write's Neo4j bookmarks (base64url JSON). A client that sends it back with its next
 * request, to any replica, reads a database that has that write, even on a cluster where the
 * read goes to a follower. Within one process the driver's bookmark manager does this already.
 */
export const BOOKMARK_HEADER = 'x-claimgraph-bookmarks';

const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 2048;

interface RequestCausality {
  after: string[];
  written: string[];
}

const causality = new WeakMap<Request, RequestCausality>();

function encode(bookmarks: string[]): string {
  return Buffer.from(JSON.stringify(bookmarks)).toString('base64url');
}

/** The bookmarks a header carries, or undefined when it is not what this server sends. */
export function decodeBookmarks(header: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length > MAX_BOOKMARKS) return undefined;
    if (
      !value.every(
        (item) => typeof item === 'string' && item.length > 0 && item.length <= MAX_BOOKMARK_LENGTH,
      )
    ) {
      return undefined;
    }
    return value as string[];
  } catch {
    return undefined;
  }
}

/** The database as this request sees it (after the bookmarks it brought; collecting its own). */
export function databaseFor(db: Database, request: Request): Database {
  const state = causality.get(request);
  if (!state) return db;
  return db.causal(state.after, (bookmarks) => state.written.push(...bookmarks));
}

export function useBookmarks(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const header = request.headers.get(BOOKMARK_HEADER);
      const after = header === null || header === '' ? [] : decodeBookmarks(header);
      if (after === undefined) {
        endResponse(
          codedErrorResponse(
            fetchAPI,
            400,
            `The ${BOOKMARK_HEADER} header must be one this API sent (base64url JSON, at most ${MAX_BOOKMARKS} bookmarks)`,
            { code: 'BAD_REQUEST' },
          ),
        );
        return;
      }
      causality.set(request, { after, written: [] });
    },
    onResponse({ request, response }) {
      const written = causality.get(request)?.written ?? [];
      if (written.length > 0) response.headers.set(BOOKMARK_HEADER, encode([...new Set(written)]));
    },
  };
}

// Opt-in response cache for dashboards that ask the same questions again and again
// (CLAIMGRAPH_RESPONSE_CACHE_TTL_MS): Yoga's response-cache plugin, keyed by the document,
// its variables, the caller's role and the graph's version (src/bus/graph-version.ts), so a
// committed write by any replica or worker makes every earlier answer unreachable at once.
// Only queries without errors are kept, in a cache bounded by bytes (maxBytes), not by
// entries: one cached answer may be as large as the response budget allows.

import {
  type Cache,
  hashSHA256,
  useResponseCache as useYogaResponseCache,
} from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { GraphVersion } from '../../bus/graph-version';
import type { Authenticate } from '../auth/credentials';
import type { RequestContext } from '../context';

export interface ResponseCacheOptions {
  /** how long an answer may be served, at most (a write ends it sooner) */
  ttlMs: number;
  /** the cache's size, counted as the bytes of the serialised answers */
  maxBytes: number;
  graphVersion: GraphVersion;
  /** who calls: answers are kept per role (the cache is consulted before the context is built) */
  authenticate: Authenticate;
}

type CachedResult = NonNullable<Awaited<ReturnType<Cache['get']>>>;

/** Without a graph version nothing may be served or kept. */
const UNVERSIONED = ':unversioned';

/** Entries expire by their ttl; the version in the key does the invalidating. */
function byteBoundedCache(maxBytes: number): Cache {
  const entries = new LRUCache<string, CachedResult>({ maxSize: maxBytes, ttlAutopurge: false });
  return {
    set(id, data, _entities, ttl) {
      if (id.endsWith(UNVERSIONED)) return;
      // Measured once, here; an answer larger than the whole cache is not kept.
      const size = Math.max(1, JSON.stringify(data).length);
      if (size <= maxBytes) entries.set(id, data as CachedResult, { ttl, size });
    },
    get: (id) => (id.endsWith(UNVERSIONED) ? undefined : entries.get(id)),
    invalidate() {
      // Every write moves the graph version on: there is nothing to look up by entity.
    },
  };
}

export function useResponseCache(options: ResponseCacheOptions): Plugin {
  return useYogaResponseCache<RequestContext>({
    ttl: options.ttlMs,
    cache: byteBoundedCache(options.maxBytes),
    // A refused credential never reaches an answer, so nothing is ever kept under INVALID.
    session: async (request) => {
      const caller = await options.authenticate(request.headers);
      return caller.invalid ? 'INVALID' : (caller.role ?? 'ANONYMOUS');
    },
    invalidateViaMutation: false,
    buildResponseCacheKey: async ({ documentString, variableValues, operationName, sessionId }) => {
      const version = await options.graphVersion.current().then(
        (current) => `:v${current}`,
        () => UNVERSIONED,
      );
      const request = JSON.stringify([
        documentString,
        variableValues ?? {},
        operationName ?? null,
        sessionId,
      ]);
      return `${await hashSHA256(request)}${version}`;
    },
  });
}

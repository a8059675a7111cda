// createServer(): the GraphQL server, schema-first from schema/*.graphql, with each server
// concern a plugin from src/api/plugins/. Tests call server.fetch() in-process.

import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { type EventBus, inProcessEventBus } from '../bus/event-bus';
import { bumpOnCommit, type GraphVersion, inProcessGraphVersion } from '../bus/graph-version';
import type { AppConfig } from '../platform/config';
import { projectRoot } from '../platform/project-root';
import { createRequestLogger, type RequestLogger } from '../platform/structured-log';
import type { Database } from '../store/neo4j/database';
import { createAuthenticator } from './auth/credentials';
import { enforceMutationRoles } from './auth/enforce-roles';
import { roleRequirements } from './auth/roles';
import { clientAddressOf } from './client-address';
import { DEFAULT_PAGE_SIZE } from './connections';
import type { RequestContext } from './context';
import { domainErrorOf, toGraphQLError } from './errors';
import { GRAPHIQL_OPTIONS, renderOfflineGraphiQL } from './graphiql';
import { createLoaders } from './loaders';
import { useBatchLimit } from './plugins/use-batch-limit';
import { BOOKMARK_HEADER, databaseFor, useBookmarks } from './plugins/use-bookmarks';
import { useCostLimit } from './plugins/use-cost-limit';
import { useDatabaseReadiness } from './plugins/use-database-readiness';
import { useErrorCodes } from './plugins/use-error-codes';
import { useExplorer } from './plugins/use-explorer';
import { useExports } from './plugins/use-exports';
import { useMetrics } from './plugins/use-metrics';
import { useOperationLimits } from './plugins/use-operation-limits';
import { useRateLimit } from './plugins/use-rate-limit';
import { useRequestLogging } from './plugins/use-request-logging';
import { useRequestSize } from './plugins/use-request-size';
import { useResponseBudget, withResponseBudget } from './plugins/use-response-budget';
import { useResponseCache } from './plugins/use-response-cache';
import { useRoles } from './plugins/use-roles';
import type { ApiIngestQueue } from './queue';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';
import { graphPubSub, subscriptionSlots } from './subscriptions';

export interface ServerOptions {
  db: Database;
  config: AppConfig;
  /** default: a pino logger at config.observability.logLevel */
  logger?: RequestLogger;
  /** appended after claimgraph's own plugins (tests use this to slow or observe requests) */
  plugins?: Plugin[];
  /** set when shutdown begins: /ready answers 503 from then on */
  drain?: { readonly draining: boolean };
  /** the built explorer served at /explore; default dist/explorer (`npm run build`) */
  explorerDir?: string;
  /** where writes announce and subscriptions listen; default an in-process bus */
  events?: EventBus;
  /** the ingest queue (ingestArticles, ingestJob); without one they answer QUEUE_UNAVAILABLE */
  queue?: ApiIngestQueue;
  /** where replicas share their rate-limit budgets; without it each process counts alone */
  rateLimitRedis?: Redis;
  /**
   * the graph version the response cache keys by (CLAIMGRAPH_RESPONSE_CACHE_TTL_MS), moved on by
   * whoever writes (src/bus/graph-version.ts); default one in this process, moved on by `db`
   */
  graphVersion?: GraphVersion;
}

export type ClaimgraphServer = YogaServerInstance<Record<string, never>, RequestContext>;

const CORS_METHODS = ['GET', 'POST'];
/** what a browser client may read of a response: the bookmarks of its write */
const EXPOSED_HEADERS = [BOOKMARK_HEADER];

/**
 * Without configured origins, any page may read (and call with a key it holds), but never with
 * the browser's credentials; with them, those origins only, with credentials, and no CORS
 * headers at all for any other (the browser then refuses the response).
 */
function corsPolicy(origins: readonly string[] | undefined) {
  if (origins === undefined) {
    return { origin: '*', credentials: false, methods: CORS_METHODS, exposedHeaders: EXPOSED_HEADERS };
  }
  return (request: Request) => {
    const origin = request.headers.get('origin');
    return origin !== null && origins.includes(origin)
      ? { origin: [origin], credentials: true, methods: CORS_METHODS, exposedHeaders: EXPOSED_HEADERS }
      : false;
  };
}

export function createServer({
  db,
  config,
  logger,
  plugins = [],
  drain,
  explorerDir = join(projectRoot(), 'dist', 'explorer'),
  events,
  queue,
  rateLimitRedis,
  graphVersion,
}: ServerOptions): ClaimgraphServer {
  const log = logger ?? createRequestLogger(config.observability);
  const bus = events ?? inProcessEventBus(log);
  const pubsub = graphPubSub(bus);
  const slots = subscriptionSlots(config.limits.maxSubscriptions, config.limits.maxSubscriptionsPerClient);
  const addressOf = clientAddressOf(config.trustedProxies);
  const executable = makeExecutableSchema<RequestContext>({ typeDefs: loadTypeDefs(), resolvers });
  const requirements = roleRequirements(executable);
  enforceMutationRoles(executable, requirements);
  const schema = withResponseBudget(executable);
  const authenticate = createAuthenticator(config.auth);
  return createYoga<Record<string, never>, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    cors: corsPolicy(config.corsOrigins),
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: !config.production && GRAPHIQL_OPTIONS,
    renderGraphiQL: renderOfflineGraphiQL,
    // use-request-size.ts caps every body (CLAIMGRAPH_MAX_REQUEST_BYTES, coded 413); Yoga's cap
    // would wrap each body in a second stream.
    maxRequestBodySize: false,
    // use-batch-limit.ts enforces maxBatch with a coded error; Yoga's check must not come first.
    batching: { limit: Number.MAX_SAFE_INTEGER },
    // Unexpected errors become "Unexpected error." with no stack, Cypher or driver detail,
    // whatever NODE_ENV says; the original goes to the server's log.
    maskedErrors: {
      isDev: false,
      maskError(error, message) {
        const expected = domainErrorOf(error);
        if (expected) {
          return toGraphQLError(expected, error instanceof GraphQLError ? { located: error } : {});
        }
        const masked = maskError(error, message, false);
        if (masked !== error) {
          const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
          log.error(
            { err: original, path: (error as Partial<GraphQLError>).path },
            'unexpected error (masked in the response)',
          );
        }
        return masked;
      },
    },
    logging: {
      debug: (...args) => log.debug({ args }, 'yoga'),
      info: (...args) => log.info({ args }, 'yoga'),
      warn: (...args) => log.warn({ args }, 'yoga'),
      // Masked errors are logged by maskError above, with their stack.
      error: () => {},
    },
    context: async (initial) => {
      const { request } = initial;
      const caller = await authenticate(request.headers);
      return {
        db: databaseFor(db, request),
        config,
        loaders: createLoaders(db),
        caller,
        events: bus,
        pubsub,
        subscriptionSlots: slots,
        client:
          caller.role !== undefined
            ? `principal:${caller.principal}`
            : `address:${addressOf(initial, request.headers)}`,
        queue,
      };
    },
    plugins: [
      useRequestLogging({ logger: log, slowMs: config.observability.slowMs }),
      useBookmarks(),
      ...(config.observability.metrics ? [useMetrics()] : []),
      useExplorer({ dir: explorerDir }),
      useRequestSize({ maxBytes: config.limits.maxRequestBytes }),
      useBatchLimit({ maxBatch: config.limits.maxBatch }),
      useRateLimit({
        authenticate,
        anonymousPerMinute: config.limits.anonymousRequestsPerMinute,
        authenticatedPerMinute: config.limits.authenticatedRequestsPerMinute,
        writesPerMinute: config.limits.writesPerMinute,
        trustedProxies: config.trustedProxies,
        ...(rateLimitRedis ? { redis: rateLimitRedis } : {}),
      }),
      useDatabaseReadiness({ db, eventBus: bus, ...(drain ? { drain } : {}) }),
      useExports({
        db,
        authenticate,
        requireReadKey: config.auth.requireReadKey,
        maxConcurrent: config.limits.maxConcurrentExports,
        iriBase: config.iriBase,
      }),
      useOperationLimits(config.limits),
      useCostLimit({
        maxCost: config.limits.maxCost,
        defaultPageSize: DEFAULT_PAGE_SIZE,
        maxPageSize: config.limits.maxPageSize,
      }),
      useResponseBudget({ maxBytes: config.limits.maxResponseBytes }),
      useRoles({ schema, requirements, requireReadKey: config.auth.requireReadKey }),
      useErrorCodes(),
      ...(config.responseCache.ttlMs > 0
        ? [
            useResponseCache({
              ttlMs: config.responseCache.ttlMs,
              maxBytes: config.responseCache.maxBytes,
              graphVersion: graphVersion ?? versionMovedBy(db, log),
              authenticate,
            }),
          ]
        : []),
      ...plugins,
    ],
  });
}

function versionMovedBy(db: Database, log: RequestLogger): GraphVersion {
  const version = inProcessGraphVersion();
  bumpOnCommit(db, version, log);
  return version;
}

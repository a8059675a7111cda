// All configuration comes from the environment, read once here. See docs/configuration.md.

import { isIP } from 'node:net';

export interface Neo4jConfig {
  /** undefined: claimgraph starts and uses its own local Neo4j */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  /** Bolt port of the local Neo4j (only when uri is undefined) */
  localPort: number;
  /** data directory of the local Neo4j; default <repo>/.neo4j */
  localHome: string | undefined;
  /** a read transaction running longer is terminated in Neo4j (QUERY_TIMEOUT) */
  readTimeoutMs: number;
  /** the same for a write transaction (an ingest, an import batch) */
  writeTimeoutMs: number;
}

/** Per-operation limits; a violation is rejected before execution with QUERY_TOO_COMPLEX. */
export interface LimitsConfig {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** largest first/last of a connection */
  maxPageSize: number;
  /** operations in one batched HTTP request (a JSON array body) */
  maxBatch: number;
  /** exports (GET /export/…) streaming at once; one more answers 429 */
  maxConcurrentExports: number;
  /** requests a minute per client without a valid credential (by address); 0: unlimited */
  anonymousRequestsPerMinute: number;
  /** requests a minute per valid credential; 0: unlimited */
  authenticatedRequestsPerMinute: number;
  /** mutation fields a minute per client, besides its request budget; 0: unlimited */
  writesPerMinute: number;
  /** hide "Did you mean …?" in validation errors; default on in production */
  blockFieldSuggestions: boolean;
  /** the largest response, in bytes of JSON, an operation (or a batch) may build */
  maxResponseBytes: number;
  /** subscriptions (SSE and WebSocket) open at once in this process; one more is refused */
  maxSubscriptions: number;
  /** subscriptions one client (a credential, else an address) may hold open in this process */
  maxSubscriptionsPerClient: number;
  /** the largest request body, in bytes; one larger answers 413 REQUEST_TOO_LARGE */
  maxRequestBytes: number;
}

export interface AuthConfig {
  /** reads need a reader, editor or admin credential */
  requireReadKey: boolean;
  readerKeys: string[];
  editorKeys: string[];
  adminKeys: string[];
  /** HS256 secret for JWTs; the token's `role` claim names the role */
  jwtSecret: string | undefined;
  /** a JWKS URL for JWTs signed with asymmetric keys */
  jwksUrl: string | undefined;
  jwtIssuer: string | undefined;
  jwtAudience: string | undefined;
  /** tokens without `exp` are accepted up to this many seconds after their `iat`; unset: `exp` is required */
  jwtMaxAgeSeconds: number | undefined;
  /** development only: every caller may write (refused in production) */
  devOpenWrites: boolean;
}

export interface ObservabilityConfig {
  logLevel: string;
  /** operations slower than this are logged at warn level */
  slowMs: number;
  /** serve Prometheus metrics at /metrics */
  metrics: boolean;
}

export interface AppConfig {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
  /** seed the founding article into an empty graph at start-up */
  seedOnStart: boolean;
  production: boolean;
  limits: LimitsConfig;
  auth: AuthConfig;
  observability: ObservabilityConfig;
  /** how long shutdown waits for in-flight requests before closing their connections */
  shutdownGraceMs: number;
  /**
   * after SIGTERM, how long the server keeps taking requests, answering /ready with 503, before
   * it stops listening: a load balancer's probe learns to send no more (Ctrl-C: no wait)
   */
  drainDelayMs: number;
  /** where the linked-data exports' IRIs live: `<base><id>` (ends in `:`, `/` or `#`) */
  iriBase: string;
  /** browser origins allowed with credentials; undefined: any origin, never with credentials */
  corsOrigins: string[] | undefined;
  /** Redis for the event bus, the ingest queue and shared rate limits (redis://…); unset: in process, no queue */
  redisUrl: string | undefined;
  /** proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client, for the rate limits */
  trustedProxies: string[];
  queue: QueueConfig;
  responseCache: ResponseCacheConfig;
}

export interface ResponseCacheConfig {
  /** how long a query's answer may be served again (0: no response cache, the default) */
  ttlMs: number;
  /** the cache's size in bytes of serialised answers */
  maxBytes: number;
}

export interface QueueConfig {
  /** tries of an ingest job before it fails for good (an invalid article fails at once) */
  attempts: number;
  /** jobs one worker process runs at once */
  concurrency: number;
  /** the most articles a worker writes in one transaction (1: each alone) */
  groupSize: number;
  /** how long a worker's claim on a job lasts unrenewed: a killed worker's job is retried after it */
  lockMs: number;
}

function trustedProxiesFromEnv(env: NodeJS.ProcessEnv): string[] {
  const raw = env.CLAIMGRAPH_TRUSTED_PROXIES?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const trimmed = entry.trim();
    const [address = '', prefix] = trimmed.split('/');
    const version = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const validPrefix =
      bits === undefined || (Number.isInteger(bits) && bits >= 0 && bits <= (version === 6 ? 128 : 32));
    if (version === 0 || !validPrefix || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      throw new Error(
        `CLAIMGRAPH_TRUSTED_PROXIES takes addresses or CIDR ranges (10.0.0.0/8), got ${JSON.stringify(trimmed)}`,
      );
    }
    return trimmed;
  });
}

function redisUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.CLAIMGRAPH_REDIS_URL?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {}
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:')) {
    throw new Error(`CLAIMGRAPH_REDIS_URL must be a redis:// or rediss:// URL, got ${JSON.stringify(raw)}`);
  }
  return raw;
}

function corsOriginsFromEnv(env: NodeJS.ProcessEnv): string[] | undefined {
  const raw = env.CLAIMGRAPH_CORS_ORIGINS?.trim();
  if (!raw) return undefined;
  return raw.split(',').map((origin) => {
    const trimmed = origin.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(trimmed);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== trimmed) {
      throw new Error(
        `CLAIMGRAPH_CORS_ORIGINS lists origins (scheme://host[:port], no path), got ${JSON.stringify(trimmed)}`,
      );
    }
    return trimmed;
  });
}

function iriBaseFromEnv(env: NodeJS.ProcessEnv): string {
  const raw = env.CLAIMGRAPH_IRI_BASE?.trim() || 'urn:claimgraph:';
  if (!/^[a-z][a-z0-9+.-]*:\S*[:/#]$/i.test(raw)) {
    throw new Error(
      `CLAIMGRAPH_IRI_BASE must be an absolute IRI ending in ":", "/" or "#", got ${JSON.stringify(raw)}`,
    );
  }
  return raw;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got ${JSON.stringify(raw)}`);
  }
  return value;
}

export function positiveFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** A whole number, 0 included (0 turns a limit off). */
function countFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number (0 for no limit), got ${JSON.stringify(raw)}`);
  }
  return value;
}

function booleanFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false, got ${JSON.stringify(env[name])}`);
}

/** A comma-separated list of keys; blanks are dropped. */
function keysFromEnv(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const uri = env.NEO4J_URI?.trim() || undefined;
  const production = env.NODE_ENV === 'production';
  const devOpenWrites = booleanFromEnv(env, 'CLAIMGRAPH_DEV_OPEN_WRITES', false);
  if (devOpenWrites && production) {
    throw new Error('CLAIMGRAPH_DEV_OPEN_WRITES=true is refused when NODE_ENV=production');
  }
  return {
    port: intFromEnv(env, 'PORT', 4000),
    host: env.HOST?.trim() || '127.0.0.1',
    neo4j: {
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE?.trim() || 'neo4j',
      localPort: intFromEnv(env, 'NEO4J_PORT', 7687),
      localHome: env.NEO4J_HOME?.trim() || undefined,
      readTimeoutMs: positiveFromEnv(env, 'CLAIMGRAPH_READ_TIMEOUT_MS', 15_000),
      writeTimeoutMs: positiveFromEnv(env, 'CLAIMGRAPH_WRITE_TIMEOUT_MS', 120_000),
    },
    seedOnStart: env.SEED_ON_START !== 'false',
    production,
    limits: {
      maxDepth: positiveFromEnv(env, 'CLAIMGRAPH_MAX_DEPTH', 16),
      maxCost: positiveFromEnv(env, 'CLAIMGRAPH_MAX_COST', 100_000),
      maxAliases: positiveFromEnv(env, 'CLAIMGRAPH_MAX_ALIASES', 15),
      maxTokens: positiveFromEnv(env, 'CLAIMGRAPH_MAX_TOKENS', 2000),
      maxDirectives: positiveFromEnv(env, 'CLAIMGRAPH_MAX_DIRECTIVES', 20),
      maxPageSize: positiveFromEnv(env, 'CLAIMGRAPH_MAX_PAGE_SIZE', 100),
      maxBatch: positiveFromEnv(env, 'CLAIMGRAPH_MAX_BATCH', 10),
      maxConcurrentExports: positiveFromEnv(env, 'CLAIMGRAPH_MAX_CONCURRENT_EXPORTS', 2),
      anonymousRequestsPerMinute: countFromEnv(env, 'CLAIMGRAPH_RATE_LIMIT_ANONYMOUS', 600),
      authenticatedRequestsPerMinute: countFromEnv(env, 'CLAIMGRAPH_RATE_LIMIT_AUTHENTICATED', 6000),
      writesPerMinute: countFromEnv(env, 'CLAIMGRAPH_RATE_LIMIT_WRITES', 600),
      blockFieldSuggestions: booleanFromEnv(env, 'CLAIMGRAPH_BLOCK_FIELD_SUGGESTIONS', production),
      maxResponseBytes: positiveFromEnv(env, 'CLAIMGRAPH_MAX_RESPONSE_BYTES', 4 * 1024 * 1024),
      maxSubscriptions: positiveFromEnv(env, 'CLAIMGRAPH_MAX_SUBSCRIPTIONS', 1000),
      maxSubscriptionsPerClient: positiveFromEnv(env, 'CLAIMGRAPH_MAX_SUBSCRIPTIONS_PER_CLIENT', 50),
      maxRequestBytes: positiveFromEnv(env, 'CLAIMGRAPH_MAX_REQUEST_BYTES', 16 * 1024 * 1024),
    },
    auth: {
      requireReadKey: booleanFromEnv(env, 'CLAIMGRAPH_REQUIRE_READ_KEY', false),
      readerKeys: keysFromEnv(env, 'CLAIMGRAPH_READER_KEYS'),
      editorKeys: keysFromEnv(env, 'CLAIMGRAPH_EDITOR_KEYS'),
      adminKeys: keysFromEnv(env, 'CLAIMGRAPH_ADMIN_KEYS'),
      jwtSecret: env.CLAIMGRAPH_JWT_SECRET || undefined,
      jwksUrl: env.CLAIMGRAPH_JWKS_URL?.trim() || undefined,
      jwtIssuer: env.CLAIMGRAPH_JWT_ISSUER?.trim() || undefined,
      jwtAudience: env.CLAIMGRAPH_JWT_AUDIENCE?.trim() || undefined,
      jwtMaxAgeSeconds: env.CLAIMGRAPH_JWT_MAX_AGE_SECONDS
        ? positiveFromEnv(env, 'CLAIMGRAPH_JWT_MAX_AGE_SECONDS', 1)
        : undefined,
      devOpenWrites,
    },
    observability: {
      logLevel: env.LOG_LEVEL?.trim() || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
      slowMs: positiveFromEnv(env, 'CLAIMGRAPH_SLOW_MS', 1000),
      metrics: booleanFromEnv(env, 'CLAIMGRAPH_METRICS', true),
    },
    shutdownGraceMs: positiveFromEnv(env, 'CLAIMGRAPH_SHUTDOWN_GRACE_MS', 10_000),
    drainDelayMs: countFromEnv(env, 'CLAIMGRAPH_DRAIN_DELAY_MS', 3000),
    iriBase: iriBaseFromEnv(env),
    corsOrigins: corsOriginsFromEnv(env),
    redisUrl: redisUrlFromEnv(env),
    trustedProxies: trustedProxiesFromEnv(env),
    queue: {
      attempts: positiveFromEnv(env, 'CLAIMGRAPH_QUEUE_ATTEMPTS', 3),
      concurrency: positiveFromEnv(env, 'CLAIMGRAPH_WORKER_CONCURRENCY', 8),
      groupSize: positiveFromEnv(env, 'CLAIMGRAPH_WORKER_GROUP_SIZE', 8),
      lockMs: positiveFromEnv(env, 'CLAIMGRAPH_QUEUE_LOCK_MS', 30_000),
    },
    responseCache: {
      ttlMs: countFromEnv(env, 'CLAIMGRAPH_RESPONSE_CACHE_TTL_MS', 0),
      maxBytes: positiveFromEnv(env, 'CLAIMGRAPH_RESPONSE_CACHE_BYTES', 64 * 1024 * 1024),
    },
  };
}

/** The Bolt URI to connect to: the configured server, or the local one. */
export function boltUri(config: Neo4jConfig): string {
  return config.uri ?? `bolt://127.0.0.1:${config.localPort}`;
}

import { GraphQLError, getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { ErrorCode } from '../../domain/errors';
import type { Authenticate } from '../auth/credentials';
import { clientAddressOf } from '../client-address';
import { codedErrorResponse } from './error-response';

export interface RateLimitOptions {
  authenticate: Authenticate;
  /** requests a minute for one client without a valid credential (by address); 0: no limit */
  anonymousPerMinute: number;
  /** requests a minute for one valid credential (by its principal); 0: no limit */
  authenticatedPerMinute: number;
  /**
   * writes a minute for one client (counted as above), on top of its request budget: each
   * mutation field an operation runs is one write, so a batch or an operation of many fields
   * spends as many; 0: no limit
   */
  writesPerMinute?: number;
  /** never limited: the probes and metrics a load balancer and Prometheus call */
  exemptPaths?: readonly string[];
  /**
   * Budgets shared by every replica on this Redis; without it, each process counts alone. While
   * Redis is away each process counts alone again (rate-limiter-flexible's insurance limiter).
   */
  redis?: Redis;
  /**
   * Proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client: behind one, every
   * client would otherwise be counted as the proxy's address. Anyone else's header is ignored.
   */
  trustedProxies?: readonly string[];
}

/**
 * Per-client request budgets (rate-limiter-flexible), so that one client cannot take all the
 * capacity: a valid credential is one client wherever it calls from; everyone else is counted
 * by address, however many keys they invent. Past the budget: 429 with Retry-After and
 * TOO_MANY_REQUESTS, before any work. Writes have a budget of their own besides, spent when a
 * mutation is about to run: a client that may write cannot spend its whole request budget on
 * writes.
 */
function limiter(points: number, name: string, redis: Redis | undefined): RateLimiterAbstract | undefined {
  if (points <= 0) return undefined;
  const inMemory = new RateLimiterMemory({ points, duration: 60 });
  if (!redis) return inMemory;
  return new RateLimiterRedis({
    storeClient: redis,
    points,
    duration: 60,
    keyPrefix: `claimgraph-rate-${name}`,
    insuranceLimiter: inMemory,
  });
}

const retryAfterOf = (refusal: RateLimiterRes) => Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));

/** How many mutation fields the operation runs at its root (0 for a query or subscription). */
function writesIn(document: Parameters<typeof getOperationAST>[0], operationName?: string | null): number {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return 0;
  return operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD).length || 1;
}

export function useRateLimit({
  authenticate,
  anonymousPerMinute,
  authenticatedPerMinute,
  writesPerMinute = 0,
  exemptPaths = ['/health', '/ready', '/metrics'],
  redis,
  trustedProxies = [],
}: RateLimitOptions): Plugin {
  const limiters = {
    anonymous: limiter(anonymousPerMinute, 'anonymous', redis),
    authenticated: limiter(authenticatedPerMinute, 'authenticated', redis),
    writes: limiter(writesPerMinute, 'writes', redis),
  };
  const addressOf = clientAddressOf(trustedProxies);
  // Who each request is, found once in onRequest, for the write budget at execution.
  const clientOf = new WeakMap<Request, string>();
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (exemptPaths.includes(url.pathname)) return;
      const caller = await authenticate(request.headers);
      const address = addressOf(serverContext, request.headers);
      const [limiter, key] =
        caller.role !== undefined
          ? [limiters.authenticated, `principal:${caller.principal}`]
          : [limiters.anonymous, `address:${address}`];
      clientOf.set(request, key);
      if (!limiter) return;
      try {
        await limiter.consume(key);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const retryAfter = retryAfterOf(refusal);
        endResponse(
          codedErrorResponse(
            fetchAPI,
            429,
            `Too many requests from this client; try again in ${retryAfter} s`,
            { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: retryAfter },
            { 'retry-after': String(retryAfter) },
          ),
        );
      }
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const writes = limiters.writes;
      if (!writes) return;
      const points = writesIn(args.document, args.operationName);
      const request = (args.contextValue as { request?: Request }).request;
      const key = request && clientOf.get(request);
      if (points === 0 || key === undefined) return;
      try {
        await writes.consume(key, points);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const retryAfter = retryAfterOf(refusal);
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Too many writes from this client; try again in ${retryAfter} s`, {
              extensions: {
                code: ErrorCode.TOO_MANY_REQUESTS,
                retryAfterSeconds: retryAfter,
                http: { status: 429, headers: { 'retry-after': String(retryAfter) } },
              },
            }),
          ],
        });
      }
    },
  };
}

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
 * TOO_MANY_REQUESTS, before any work.
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

export function useRateLimit({
  authenticate,
  anonymousPerMinute,
  authenticatedPerMinute,
  exemptPaths = ['/health', '/ready', '/metrics'],
  redis,
  trustedProxies = [],
}: RateLimitOptions): Plugin {
  const limiters = {
    anonymous: limiter(anonymousPerMinute, 'anonymous', redis),
    authenticated: limiter(authenticatedPerMinute, 'authenticated', redis),
  };
  const addressOf = clientAddressOf(trustedProxies);
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (exemptPaths.includes(url.pathname)) return;
      const caller = await authenticate(request.headers);
      const address = addressOf(serverContext, request.headers);
      const [limiter, key] =
        caller.role !== undefined
          ? [limiters.authenticated, `principal:${caller.principal}`]
          : [limiters.anonymous, `address:${address}`];
      if (!limiter) return;
      try {
        await limiter.consume(key);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
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
  };
}

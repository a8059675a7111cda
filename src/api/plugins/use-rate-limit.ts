import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode } from '../../domain/errors';
import type { Authenticate } from '../auth/credentials';

export interface RateLimitOptions {
  authenticate: Authenticate;
  /** requests a minute for one client without a valid credential (by address); 0: no limit */
  anonymousPerMinute: number;
  /** requests a minute for one valid credential (by its principal); 0: no limit */
  authenticatedPerMinute: number;
  /** never limited: the probes and metrics a load balancer and Prometheus call */
  exemptPaths?: readonly string[];
}

interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

/**
 * Per-client request budgets (rate-limiter-flexible), so that one client cannot take all the
 * capacity: a valid credential is one client wherever it calls from; everyone else is counted
 * by address, however many keys they invent. Past the budget: 429 with Retry-After and
 * TOO_MANY_REQUESTS, before any work.
 */
export function useRateLimit({
  authenticate,
  anonymousPerMinute,
  authenticatedPerMinute,
  exemptPaths = ['/health', '/ready', '/metrics'],
}: RateLimitOptions): Plugin {
  const limiters = {
    anonymous:
      anonymousPerMinute > 0
        ? new RateLimiterMemory({ points: anonymousPerMinute, duration: 60 })
        : undefined,
    authenticated:
      authenticatedPerMinute > 0
        ? new RateLimiterMemory({ points: authenticatedPerMinute, duration: 60 })
        : undefined,
  };
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (exemptPaths.includes(url.pathname)) return;
      const caller = await authenticate(request.headers);
      const address = (serverContext as NodeServerContext | undefined)?.req?.socket?.remoteAddress ?? 'local';
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
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `Too many requests from this client; try again in ${retryAfter} s`,
                  extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: retryAfter },
                },
              ],
            }),
            {
              status: 429,
              headers: {
                'content-type': 'application/json; charset=utf-8',
                'retry-after': String(retryAfter),
              },
            },
          ),
        );
      }
    },
  };
}

import { BlockList, isIP } from 'node:net';
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

interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string } };
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

function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');
/** ::ffff:203.0.113.7 (an IPv4 client on a dual-stack socket) is 203.0.113.7. */
const plain = (address: string) =>
  address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

/** The client's address: the socket's, or behind a trusted proxy the last untrusted hop it forwarded. */
function clientAddress(
  rawSocketAddress: string,
  forwardedFor: string | null,
  trusted: BlockList | undefined,
): string {
  const socketAddress = plain(rawSocketAddress);
  if (
    !trusted ||
    !forwardedFor ||
    isIP(socketAddress) === 0 ||
    !trusted.check(socketAddress, family(socketAddress))
  ) {
    return socketAddress;
  }
  const hops = forwardedFor
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter((hop) => isIP(hop) !== 0);
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index] as string;
    if (!trusted.check(hop, family(hop))) return hop;
  }
  return hops[0] ?? socketAddress;
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
  const trusted = trustedProxies.length > 0 ? proxyList(trustedProxies) : undefined;
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (exemptPaths.includes(url.pathname)) return;
      const caller = await authenticate(request.headers);
      const socketAddress =
        (serverContext as NodeServerContext | undefined)?.req?.socket?.remoteAddress ?? 'local';
      const address = clientAddress(socketAddress, request.headers.get('x-forwarded-for'), trusted);
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

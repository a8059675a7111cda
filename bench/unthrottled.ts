// The benchmarks measure what the API does, not its rate limits: one load generator is one
// client, which the per-client budgets (CLAIMGRAPH_RATE_LIMIT_*) would throttle.
export const UNTHROTTLED = {
  CLAIMGRAPH_RATE_LIMIT_ANONYMOUS: '0',
  CLAIMGRAPH_RATE_LIMIT_AUTHENTICATED: '0',
  CLAIMGRAPH_RATE_LIMIT_WRITES: '0',
} as const;

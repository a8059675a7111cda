// One benchmark cell: autocannon against one way's server, one operation, one concurrency,
// for a fixed time. Every response time is kept, so p50/p95/p99 are exact.

import autocannon from 'autocannon';
import { graphqlBody, type Operation, type Way } from './operations';

export interface CellResult {
  requests: number;
  errors: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export async function runCell(
  way: Way,
  port: number,
  operation: Operation,
  connections: number,
  seconds: number,
): Promise<CellResult> {
  let n = 0;
  const path = way === 'cypher' ? `/${operation.name}` : '/graphql';
  const body = () => {
    const params = operation.params(n++ % 1000);
    return way === 'cypher' ? JSON.stringify(params) : graphqlBody(operation, way, params);
  };
  const times: number[] = [];
  let errors = 0;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const options: autocannon.Options = {
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        setupRequest: (request) => ({ ...request, body: body() }),
      },
    ],
  };
  const instance = autocannon(options, (error, result) => (error ? fail(error) : finish(result)));
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    if (statusCode !== 200) errors++;
  });
  const result = await done;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors: errors + result.errors + result.timeouts,
    throughput: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

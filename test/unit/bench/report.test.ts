// Issue 18, item 10: the benchmark report's verdicts come from the run its tables show, its
// written analysis is dated by the run it describes, and the machine's load is measured, not
// a fixed sentence.

import type { BenchEnvironment } from '../../../bench/environment';
import { type BenchResults, datedAnalysis, goalRows, machineLoad } from '../../../bench/report';

const env: BenchEnvironment = {
  cpu: 'test cpu',
  cores: 2,
  memoryGiB: 24,
  node: 'v20',
  neo4j: 'Neo4j 5.26',
  apoc: '5.26',
  neo4jGraphql: '7',
  heap: '3g',
  pageCache: '3g',
  loadBefore: [0.2, 0.3, 0.4],
  loadAfter: [1, 1, 1],
  startedAt: '2026-12-01T10:00:00.000Z',
};

const cellOf = (throughput: number, p50: number, p99: number) =>
  ({ throughput, p50, p95: p99, p99, errors: 0 }) as never;

function results(traceThroughputAt8: number): BenchResults {
  return {
    command: 'npm run bench',
    statements: 1000,
    seconds: 1,
    warmupSeconds: 1,
    connections: [8, 32],
    ways: ['claimgraph', 'neo4j-graphql', 'cypher'],
    operations: [{ name: 'trace', title: 'trace' } as never],
    environment: env,
    cells: {
      trace: {
        claimgraph: { 8: cellOf(traceThroughputAt8, 5, 20), 32: cellOf(2000, 10, 45) },
        'neo4j-graphql': { 8: cellOf(500, 9, 30), 32: cellOf(900, 30, 80) },
        cypher: { 8: cellOf(3000, 4, 8), 32: cellOf(3000, 8, 20) },
      },
    },
    measured: {},
    peakRssMb: { claimgraph: 210 },
    notes: [],
  };
}

describe('the benchmark report', () => {
  it('decides each goal from the numbers of the run it reports', () => {
    expect(goalRows(results(1200))).toEqual([
      {
        goal: 'trace throughput ≥ 2× @neo4j/graphql at c=8 and c=32',
        measured: '2.40× at c=8, 2.22× at c=32',
        verdict: 'met',
      },
      { goal: 'trace p99 ≤ 50 ms at c=32', measured: '45 ms', verdict: 'met' },
      { goal: 'trace p50 ≤ 1.25× the Cypher floor at c=8', measured: '1.25×', verdict: 'met' },
      { goal: 'API peak RSS under load ≤ 300 MB', measured: '210 MB', verdict: 'met' },
    ]);
    expect(goalRows(results(800))[0]).toMatchObject({
      measured: '1.60× at c=8, 2.22× at c=32',
      verdict: 'missed',
    });
  });

  it('shows an analysis as this run’s only when it is dated for this run', () => {
    const mine = datedAnalysis(
      '<!-- analysis of the run started 2026-12-01T10:00:00.000Z -->\n### Why\n',
      env.startedAt,
    );
    expect(mine).toBe('## Analysis of this run\n\n### Why\n');
    const older = datedAnalysis(
      '<!-- analysis of the run started 2026-11-28T10:25:07.254Z -->\n### Why\n',
      env.startedAt,
    );
    expect(older).toMatch(/^## Notes written for the run started 2026-11-28T10:25:07.254Z\n/);
    expect(older).toContain("their figures are that run's");
    expect(datedAnalysis('### Why\n', env.startedAt)).toMatch(
      /^## Notes written for an earlier run \(undated\)/,
    );
  });

  it('says what the load average said, not a fixed sentence', () => {
    expect(machineLoad(env)).toBe('otherwise idle when the run started (1-minute load 0.2 on 2 cores)');
    expect(machineLoad({ ...env, loadBefore: [3.4, 4.8, 5.4] })).toBe(
      'busy with other work when the run started (1-minute load 3.4 on 2 cores)',
    );
  });
});

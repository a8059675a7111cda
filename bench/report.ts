// bench/RESULTS.md and bench/throughput.svg from one run's results.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchEnvironment } from './environment';
import type { CellResult } from './load-test';
import type { Measured } from './measure';
import type { OperationName, Way } from './operations';

export interface BenchResults {
  command: string;
  statements: number;
  seconds: number;
  /** warm-up per operation and way, at c=8, before its cells */
  warmupSeconds: number;
  connections: number[];
  ways: Way[];
  operations: { name: OperationName; title: string }[];
  environment: BenchEnvironment;
  /** cells[op][way][connections] */
  cells: Record<string, Record<string, Record<number, CellResult>>>;
  measured: Record<string, Record<string, Measured>>;
  /** peak RSS of each way's server process during its cells, MB */
  peakRssMb: Record<string, number>;
  notes: string[];
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? a / b : Number.NaN;

function cell(results: BenchResults, op: string, way: Way, c: number): CellResult | undefined {
  return results.cells[op]?.[way]?.[c];
}

export function ratioLines(results: BenchResults): string[] {
  const lines: string[] = [];
  for (const { name } of results.operations) {
    const parts = results.connections.map((c) => {
      const cg = cell(results, name, 'claimgraph', c);
      const peer = cell(results, name, 'neo4j-graphql', c);
      const floor = cell(results, name, 'cypher', c);
      return `c=${c}: thr ×${fmt(ratio(cg?.throughput, peer?.throughput), 2)} vs peer, p50 ×${fmt(
        ratio(cg?.p50, floor?.p50),
        2,
      )} vs floor`;
    });
    lines.push(`${name.padEnd(13)} ${parts.join(' | ')}`);
  }
  return lines;
}

type Verdict = 'met' | 'missed' | 'not measured';

/** Each speed goal with what this run measured, decided from the same numbers as the tables. */
export function goalRows(results: BenchResults): Array<{ goal: string; measured: string; verdict: Verdict }> {
  const rows: Array<{ goal: string; measured: string; verdict: Verdict }> = [];
  const verdict = (values: number[], ok: (value: number) => boolean): Verdict =>
    values.length === 0 || values.some((value) => !Number.isFinite(value))
      ? 'not measured'
      : values.every(ok)
        ? 'met'
        : 'missed';
  const tracePeer = [8, 32]
    .filter((c) => results.connections.includes(c))
    .map((c) => ({
      c,
      value: ratio(
        cell(results, 'trace', 'claimgraph', c)?.throughput,
        cell(results, 'trace', 'neo4j-graphql', c)?.throughput,
      ),
    }));
  rows.push({
    goal: 'trace throughput ≥ 2× @neo4j/graphql at c=8 and c=32',
    measured: tracePeer.map(({ c, value }) => `${fmt(value, 2)}× at c=${c}`).join(', ') || '–',
    verdict: verdict(
      tracePeer.map(({ value }) => value),
      (value) => value >= 2,
    ),
  });
  const p99 = cell(results, 'trace', 'claimgraph', 32)?.p99;
  rows.push({
    goal: 'trace p99 ≤ 50 ms at c=32',
    measured: p99 === undefined ? '–' : `${fmt(p99, 0)} ms`,
    verdict: verdict(p99 === undefined ? [] : [p99], (value) => value <= 50),
  });
  for (const { name } of results.operations) {
    const value = ratio(cell(results, name, 'claimgraph', 8)?.p50, cell(results, name, 'cypher', 8)?.p50);
    rows.push({
      goal: `${name} p50 ≤ 1.25× the Cypher floor at c=8`,
      measured: `${fmt(value, 2)}×`,
      verdict: verdict([value], (measured) => measured <= 1.25),
    });
  }
  const rss = results.peakRssMb.claimgraph;
  rows.push({
    goal: 'API peak RSS under load ≤ 300 MB',
    measured: rss === undefined ? '–' : `${fmt(rss, 0)} MB`,
    verdict: verdict(rss === undefined ? [] : [rss], (value) => value <= 300),
  });
  return rows;
}

/**
 * The written analysis, dated: its first line names the run it was written for
 * (`<!-- analysis of the run started <ISO time> -->`). Another run's analysis is shown as such,
 * so its figures are never read as this run's.
 */
export function datedAnalysis(text: string, startedAt: string): string {
  const written = /^<!-- analysis of the run started (\S+) -->\n?/.exec(text);
  const body = written ? text.slice(written[0].length) : text;
  if (written?.[1] === startedAt) return `## Analysis of this run\n\n${body}`;
  const when = written?.[1] ? `the run started ${written[1]}` : 'an earlier run (undated)';
  return [
    `## Notes written for ${when}`,
    '',
    `> These notes describe ${when}, not the run above (started ${startedAt}): their figures are that run's. The goals table above is computed from this run.`,
    '',
    body,
  ].join('\n');
}

/** What the load average says about the machine around the run, instead of a fixed sentence. */
export function machineLoad(env: BenchEnvironment): string {
  const before = env.loadBefore[0] ?? 0;
  const busy = before >= env.cores * 0.5;
  return busy
    ? `busy with other work when the run started (1-minute load ${fmt(before)} on ${env.cores} cores)`
    : `otherwise idle when the run started (1-minute load ${fmt(before)} on ${env.cores} cores)`;
}

function svgChart(results: BenchResults, connections: number): string {
  const colours: Record<Way, string> = {
    claimgraph: '#2b6cb0',
    'neo4j-graphql': '#dd6b20',
    cypher: '#718096',
  };
  const ops = results.operations.map((o) => o.name);
  const max = Math.max(
    1,
    ...ops.flatMap((op) => results.ways.map((way) => cell(results, op, way, connections)?.throughput ?? 0)),
  );
  const width = 760;
  const rowHeight = 20 * results.ways.length + 18;
  const left = 110;
  const barMax = width - left - 90;
  const height = 60 + ops.length * rowHeight + 30;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="20" font-size="15" font-weight="bold">Throughput (requests/s) at concurrency ${connections}, ${results.statements.toLocaleString('en')} statements</text>`,
  ];
  results.ways.forEach((way, i) => {
    out.push(`<rect x="${10 + i * 150}" y="32" width="12" height="12" fill="${colours[way]}"/>`);
    out.push(`<text x="${26 + i * 150}" y="43">${way === 'cypher' ? 'Cypher floor' : way}</text>`);
  });
  ops.forEach((op, row) => {
    const top = 60 + row * rowHeight;
    out.push(`<text x="10" y="${top + 14}" font-weight="bold">${op}</text>`);
    results.ways.forEach((way, i) => {
      const value = cell(results, op, way, connections)?.throughput ?? 0;
      const w = Math.max(1, (value / max) * barMax);
      const y = top + i * 20;
      out.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="16" fill="${colours[way]}"/>`);
      out.push(`<text x="${left + w + 6}" y="${y + 12}">${fmt(value, 0)}</text>`);
    });
  });
  out.push('</svg>');
  return out.join('\n');
}

export function writeReport(dir: string, results: BenchResults): void {
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const chartC = results.connections.includes(8) ? 8 : (results.connections[0] as number);
  writeFileSync(join(dir, 'throughput.svg'), svgChart(results, chartC));
  const env = results.environment;
  const md: string[] = [
    '# claimgraph benchmark results',
    '',
    `Generated by \`${results.command}\` on ${env.startedAt}. ${results.statements.toLocaleString('en')} synthetic statements`,
    `(seed 42), ${results.seconds} s per cell after ${results.warmupSeconds} s of warm-up per operation and way, concurrency ${results.connections.join(', ')}, autocannon on loopback.`,
    '',
    `![throughput per operation and way](throughput.svg)`,
    '',
    '## Conditions',
    '',
    `- Machine: ${env.cores} × ${env.cpu}, ${env.memoryGiB} GiB, ${machineLoad(env)}`,
    `  (load average ${env.loadBefore.map((l) => l.toFixed(1)).join(' / ')} before, ${(env.loadAfter ?? []).map((l) => l.toFixed(1)).join(' / ')} after).`,
    '  Neo4j, the server under test and autocannon all share the same 2 cores, so absolute numbers are',
    '  low and noisy; the ratios between ways, measured in the same run and interleaved cell by cell, are the result.',
    `- Node ${env.node}; ${env.neo4j}; APOC ${env.apoc}; @neo4j/graphql ${env.neo4jGraphql}.`,
    `- Neo4j heap ${env.heap}, page cache ${env.pageCache} (NEO4J_HEAP / NEO4J_PAGECACHE).`,
    '- Each way runs in its own Node process (bench/servers/serve.ts) on the same driver settings;',
    '  the Cypher floor is a bare node:http handler running the best hand-written Cypher we know per operation',
    "  (claimgraph's own query shapes where they win; the dashboard's two parts as two concurrent queries).",
    ...results.notes.map((note) => `- ${note}`),
    '',
    '## Goals, from this run',
    '',
    '| goal | measured | verdict |',
    '| --- | --- | --- |',
    ...goalRows(results).map((row) => `| ${row.goal} | ${row.measured} | **${row.verdict}** |`),
    '',
    '## Latency and throughput',
    '',
    '| operation | way | c | req/s | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { name } of results.operations) {
    for (const c of results.connections) {
      for (const way of results.ways) {
        const r = cell(results, name, way, c);
        if (!r) continue;
        md.push(
          `| ${name} | ${way} | ${c} | ${fmt(r.throughput)} | ${fmt(r.p50, 0)} | ${fmt(r.p95, 0)} | ${fmt(r.p99, 0)} | ${r.errors} |`,
        );
      }
    }
  }
  md.push(
    '',
    '## Ratios',
    '',
    '| operation | c | throughput claimgraph / @neo4j/graphql | throughput claimgraph / floor | p50 claimgraph / floor | p99 claimgraph / floor |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const { name } of results.operations) {
    for (const c of results.connections) {
      const cg = cell(results, name, 'claimgraph', c);
      const peer = cell(results, name, 'neo4j-graphql', c);
      const floor = cell(results, name, 'cypher', c);
      md.push(
        `| ${name} | ${c} | ${fmt(ratio(cg?.throughput, peer?.throughput), 2)} | ${fmt(ratio(cg?.throughput, floor?.throughput), 2)} | ${fmt(ratio(cg?.p50, floor?.p50), 2)} | ${fmt(ratio(cg?.p99, floor?.p99), 2)} |`,
      );
    }
  }
  md.push(
    '',
    '## Round trips and db hits per request',
    '',
    'One request with the first parameter set, after a warm-up run; each Cypher query it sent re-run under `PROFILE`, db hits summed over all operators.',
    '',
    '| operation | way | round trips | db hits | per query |',
    '| --- | --- | ---: | ---: | --- |',
  );
  for (const { name } of results.operations) {
    for (const way of results.ways) {
      const m = results.measured[way]?.[name];
      if (!m) continue;
      md.push(
        `| ${name} | ${way} | ${m.roundTrips} | ${m.dbHits} | ${m.queries.map((q) => q.dbHits).join(' + ')} |`,
      );
    }
  }
  md.push('', '## Memory', '');
  for (const [way, mb] of Object.entries(results.peakRssMb))
    md.push(`- ${way}: peak RSS ${fmt(mb, 0)} MB under load`);
  md.push('', '## Operations', '');
  for (const op of results.operations) md.push(`- **${op.name}**: ${op.title}`);
  md.push(
    '',
    'Queries for all three ways: [bench/operations.ts](operations.ts); peer type definitions: [bench/neo4j-graphql/typeDefs.graphql](neo4j-graphql/typeDefs.graphql).',
    '',
  );
  // The written analysis (causes, fixes) lives beside the generated tables, dated by its run.
  const analysis = join(dir, 'analysis.md');
  if (existsSync(analysis)) md.push(datedAnalysis(readFileSync(analysis, 'utf8'), env.startedAt));
  writeFileSync(join(dir, 'RESULTS.md'), `${md.join('\n')}\n`);
}

// npm run soak: a bounded soak of the real server. Starts `src/main.ts` with its own Neo4j
// (temporary home, seeded), drives it with autocannon over loopback as fast as it answers for
// SOAK_SECONDS (default 180), samples the API process's RSS and heap every few seconds, and
// prints throughput, latency, errors and a memory table and chart. Exits 1 on any error or
// when the median RSS of the last third exceeds that of the middle third by more than
// SOAK_MAX_GROWTH (default 0.25).
//
//   SOAK_SECONDS=180 SOAK_CONNECTIONS=16 SOAK_PORT=4350 SOAK_NEO4J_PORT=7696 npm run soak

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { spawnApi, waitForLine } from './servers/api-process';
import { apiNodeFlags } from './servers/spawn';
import { UNTHROTTLED } from './unthrottled';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 16);
const PORT = Number(process.env.SOAK_PORT ?? 4350);
const NEO4J_PORT = Number(process.env.SOAK_NEO4J_PORT ?? 7696);
const SAMPLE_MS = Number(process.env.SOAK_SAMPLE_MS ?? 5000);
const MAX_GROWTH = Number(process.env.SOAK_MAX_GROWTH ?? 0.25);
const KEY = 'soak-editor-key';

const OPERATIONS = [
  'query Actor { actor(name: "Stotlenberg") { name aliases affiliations { edges { node { organization { name } } } } } }',
  'query Statements { statements(first: 10) { totalCount edges { node { text speaker { name } source { title } } } } }',
  'query Search { search(query: "Huawei security", first: 10) { score statement { text } claim { text } } }',
  'query Contradictions { contradictions { edges { node { relation claim { text } other { text } } } } }',
  'query Aggregate { aggregate(groupBy: ACTOR) { buckets { key count } } }',
  'query Topics { topics { edges { node { name claims { edges { node { text } } } } } } }',
  'query Actors { actors(first: 20, kind: PERSON) { edges { node { name statements(first: 2) { edges { node { text } } } } } } }',
  'query Stances { stances(actorName: "NATO") { edges { node { polarity about evidence { edges { node { text } } } } } } }',
];
// One idempotent write in the mix: the same input every time, so the graph does not grow.
const WRITE = 'mutation Upsert { upsertActor(input: { name: "Soak Probe", kind: PERSON }) { id } }';

interface Sample {
  seconds: number;
  rssMb: number;
  heapMb: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function heapMb(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${PORT}/metrics`)).text();
  return Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1] ?? 0) / 1024 / 1024;
}

function chart(samples: Sample[], width = 60, height = 10): string {
  const values = samples.map((s) => s.rssMb);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = Math.max(max - min, 1);
  const columns = Array.from({ length: Math.min(width, values.length) }, (_, i) => {
    const at = Math.floor((i * values.length) / Math.min(width, values.length));
    return Math.round((((values[at] as number) - min) / span) * (height - 1));
  });
  const rows: string[] = [];
  for (let row = height - 1; row >= 0; row--) {
    const label = (min + (span * row) / (height - 1)).toFixed(0).padStart(5);
    rows.push(`${label} MB |${columns.map((c) => (c === row ? '*' : c > row ? ':' : ' ')).join('')}`);
  }
  rows.push(`         +${'-'.repeat(columns.length)}  (RSS over ${samples.at(-1)?.seconds ?? 0} s)`);
  return rows.join('\n');
}

async function main(): Promise<number> {
  const home = mkdtempSync(join(tmpdir(), 'claimgraph-soak-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...UNTHROTTLED,
    PORT: String(PORT),
    NEO4J_PORT: String(NEO4J_PORT),
    NEO4J_HOME: home,
    CLAIMGRAPH_EDITOR_KEYS: KEY,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: 'production',
  };
  delete env.NEO4J_URI;
  console.log(`Starting the API on :${PORT} with its own Neo4j on :${NEO4J_PORT} (${home})…`);
  const server = spawnApi(env, apiNodeFlags());
  try {
    await waitForLine(server, /claimgraph ready at/, 240_000);
    const pid = server.pid as number;
    console.log(`API pid ${pid}. Soaking for ${SECONDS} s with ${CONNECTIONS} connections…`);

    const samples: Sample[] = [];
    const started = Date.now();
    const sample = async () =>
      samples.push({
        seconds: Math.round((Date.now() - started) / 1000),
        rssMb: rssMb(pid),
        heapMb: await heapMb(),
      });
    await sample();
    const sampler = setInterval(() => void sample(), SAMPLE_MS);

    let graphqlErrors = 0;
    const onResponse = (status: number, body: string) => {
      if (status !== 200 || body.includes('"errors"')) graphqlErrors += 1;
    };
    const requests = [...OPERATIONS, WRITE].map((query) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: {
        'content-type': 'application/json',
        ...(query.startsWith('mutation') ? { authorization: `Bearer ${KEY}` } : {}),
      },
      body: JSON.stringify({ query }),
      onResponse,
    }));
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { url: `http://127.0.0.1:${PORT}`, connections: CONNECTIONS, duration: SECONDS, requests },
        (error: unknown, finished: autocannon.Result) => (error ? reject(error) : resolve(finished)),
      );
      autocannon.track(instance, { renderProgressBar: process.stdout.isTTY, renderResultsTable: false });
    });
    clearInterval(sampler);
    await sample();

    // The first third is warm-up (JIT, V8 growing its heap to the load); memory is flat when the
    // last third sits where the middle third did.
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const third = (k: number) =>
      samples.filter((s) => s.seconds >= (SECONDS * k) / 3 && s.seconds < (SECONDS * (k + 1)) / 3 + 1);
    const middle = median(third(1).map((s) => s.rssMb));
    const last = median(third(2).map((s) => s.rssMb));
    const peak = Math.max(...samples.map((s) => s.rssMb));
    const growth = middle > 0 ? (last - middle) / middle : 0;
    const failures = result.errors + result.timeouts + result.non2xx + graphqlErrors;

    console.log('\nMemory of the API process');
    console.log('  t (s)   RSS (MB)   heap used (MB)');
    const step = Math.max(1, Math.floor(samples.length / 20));
    for (const [i, s] of samples.entries()) {
      if (i % step === 0 || i === samples.length - 1) {
        console.log(
          `  ${String(s.seconds).padStart(5)}   ${s.rssMb.toFixed(1).padStart(8)}   ${s.heapMb.toFixed(1).padStart(14)}`,
        );
      }
    }
    console.log(`\n${chart(samples)}\n`);
    console.log(
      [
        `requests:   ${result.requests.total} in ${result.duration.toFixed(0)} s = ${result.requests.average.toFixed(0)} req/s average (min ${result.requests.min}, max ${result.requests.max} per second)`,
        `latency:    p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
        `errors:     ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${graphqlErrors} responses with GraphQL errors`,
        `memory:     median RSS ${middle.toFixed(0)} MB in the middle third -> ${last.toFixed(0)} MB in the last third (${(growth * 100).toFixed(1)} %), start ${samples[0]?.rssMb.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`,
      ].join('\n'),
    );
    const ok = failures === 0 && growth <= MAX_GROWTH;
    console.log(
      ok
        ? 'soak: PASS'
        : `soak: FAIL (${failures} failures, growth limit ${(MAX_GROWTH * 100).toFixed(0)} %)`,
    );
    return ok ? 0 : 1;
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    if (server.exitCode === null) server.kill('SIGTERM');
    await exited;
    rmSync(home, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

// npm run bench:killers: the queries that used to exhaust the API, sent to the real server
// (started as `npm start` starts it, heap cap included) over the 1M-statement benchmark graph.
// Each runs alone, then all of them twice at once; the API's resident memory is sampled every
// 50 ms. Prints each answer's status, codes, size and time, the peak RSS, and whether /ready
// still answers. Exits 1 when an answer is not what formerKillers() says, or the API died.
//
//   npm run bench -- --seconds 1 --ops trace     # builds .neo4j-bench/ on first use (or bulk-load --offline)
//   KILLERS_NEO4J_PORT=7700 KILLERS_NEO4J_HOME=.neo4j-bench npm run bench:killers

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../src/platform/project-root';
import { type FormerKiller, formerKillers, type KillerTargets } from './former-killers';
import { spawnApi, waitForLine } from './servers/api-process';
import { apiNodeFlags } from './servers/spawn';
import { UNTHROTTLED } from './unthrottled';

const PORT = Number(process.env.KILLERS_PORT ?? 4360);
const NEO4J_PORT = Number(process.env.KILLERS_NEO4J_PORT ?? 7700);
const NEO4J_HOME = process.env.KILLERS_NEO4J_HOME ?? join(projectRoot(), '.neo4j-bench');

/** The graph's hottest nodes, by degree (Neo4j reads degrees from its count store). */
async function hottest(): Promise<KillerTargets> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${NEO4J_PORT}`);
  try {
    const top = async (cypher: string) =>
      String((await driver.executeQuery(cypher, {}, { routing: 'READ' })).records[0]?.get(0));
    return {
      claimId: await top('MATCH (c:Claim) RETURN c.id ORDER BY COUNT { (c)<-[:EXPRESSES]-() } DESC LIMIT 1'),
      sourceId: await top(
        'MATCH (s:Source) RETURN s.id ORDER BY COUNT { (s)<-[:DERIVED_FROM]-() } DESC LIMIT 1',
      ),
      organizationId: await top(
        'MATCH (a:Actor) RETURN a.id ORDER BY COUNT { (a)<-[:AFFILIATED_WITH]-() } DESC LIMIT 1',
      ),
      holderName: await top('MATCH (a:Actor) RETURN a.name ORDER BY COUNT { (a)-[:HOLDS]->() } DESC LIMIT 1'),
    };
  } finally {
    await driver.close();
  }
}

const statusOf = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) /
  1024;

interface Answer {
  killer: FormerKiller;
  status: number;
  codes: string[];
  bytes: number;
  ms: number;
}

async function send(killer: FormerKiller): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: killer.query, variables: killer.variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
  return {
    killer,
    status: response.status,
    codes: (body.errors ?? []).map((e) => String(e.extensions?.code)),
    bytes: Buffer.byteLength(text),
    ms: Math.round(performance.now() - started),
  };
}

const expected = (a: Answer) => a.status === 200 && a.codes.join() === (a.killer.code ?? '');

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...UNTHROTTLED,
    PORT: String(PORT),
    NEO4J_PORT: String(NEO4J_PORT),
    NEO4J_HOME,
    SEED_ON_START: 'false',
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  delete env.NEO4J_URI;
  console.log(`Starting the API on :${PORT} over the Neo4j on :${NEO4J_PORT} (${NEO4J_HOME})…`);
  const api = spawnApi(env, apiNodeFlags());
  try {
    await waitForLine(api, /claimgraph ready at/, 300_000);
    const targets = await hottest();
    console.log(`Hot nodes: ${JSON.stringify(targets)}`);
    const killers = formerKillers(targets);
    const pid = api.pid as number;
    const before = statusOf(pid, 'VmRSS');
    let peak = before;
    const sampler = setInterval(() => {
      if (api.exitCode === null) peak = Math.max(peak, statusOf(pid, 'VmRSS'));
    }, 50);

    const alone: Answer[] = [];
    for (const killer of killers) alone.push(await send(killer));
    const together = await Promise.all([...killers, ...killers].map(send));
    clearInterval(sampler);

    const ready = await fetch(`http://127.0.0.1:${PORT}/ready`).then(
      (r) => r.status,
      () => 0,
    );
    const hwm = statusOf(pid, 'VmHWM');
    console.log('\n| former killer | status | codes | bytes | ms alone | ms concurrently (max of 2) |');
    console.log('| --- | ---: | --- | ---: | ---: | ---: |');
    for (const answer of alone) {
      const pair = together.filter((t) => t.killer === answer.killer);
      console.log(
        `| ${answer.killer.name} | ${answer.status} | ${answer.codes.join(', ') || '-'} | ${answer.bytes.toLocaleString('en')} | ${answer.ms} | ${Math.max(...pair.map((p) => p.ms))} |`,
      );
    }
    console.log(
      `\nAPI RSS: ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB sampled, ${hwm.toFixed(0)} MB high-water mark (VmHWM); /ready ${ready}`,
    );
    const wrong = [...alone, ...together].filter((a) => !expected(a));
    if (wrong.length > 0 || ready !== 200 || api.exitCode !== null) {
      console.error(`FAILED: ${wrong.map((w) => `${w.killer.name}: ${w.status} ${w.codes}`).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    api.kill('SIGINT');
    await new Promise((resolve) => api.once('exit', resolve));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

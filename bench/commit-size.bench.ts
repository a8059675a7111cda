// npm run bench:commit [-- --nodes 25000 --rounds 3]: what a commit costs Neo4j by its size, the
// reason ingest workers write the articles in hand together (group commit). Writes the same
// number of nodes with statement-sized texts into a throw-away local Neo4j in transactions of
// 25 (an article's statements) and of 250 (a group of ten), in turns, once under a label with a
// full-text index and once under one without, and prints Neo4j's CPU per 25 nodes for each. JIT compiling is counted apart: the
// first round pays most of it.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intArg, parseArgs } from '../src/cli/bulk-args';
import { loadConfig } from '../src/platform/config';
import { silentLogger } from '../src/platform/logger';
import { createDatabase, createDriver } from '../src/store/neo4j/database';
import { startLocalNeo4j } from '../src/store/neo4j/local-neo4j';
import { freePort } from '../test/support/free-port';
import { phaseCpuMeter } from './process-cpu';

const args = parseArgs(process.argv.slice(2));
const NODES = intArg(args, 'nodes', 25_000);
const ROUNDS = intArg(args, 'rounds', 3);
const SIZES = [25, 250] as const;
const WORDS = 'the minister said that the plan would cost jobs and harm the harbour economy for years'.split(
  ' ',
);

/** A statement-sized text, different for every node (25 words, numbered so terms vary). */
const textOf = (n: number) =>
  Array.from({ length: 25 }, (_, k) => `${WORDS[(n * 7 + k * 13) % WORDS.length]}${(n + k) % 97}`).join(' ');

async function main(): Promise<void> {
  const base = loadConfig();
  const home = mkdtempSync(join(tmpdir(), 'claimgraph-bench-commit-'));
  const neo4j = await startLocalNeo4j({ port: await freePort(), home, log: silentLogger });
  const db = createDatabase(createDriver({ ...base.neo4j, uri: neo4j.uri }), base.neo4j.database);
  const pid = neo4j.pid;
  if (pid === undefined) throw new Error('the benchmark needs the pid of the Neo4j it started');
  try {
    await db.write('bench.commit-index', (tx) =>
      tx.run('CREATE FULLTEXT INDEX probe_text IF NOT EXISTS FOR (p:Probe) ON EACH [p.text]'),
    );
    await db.write('bench.commit-await', (tx) => tx.run('CALL db.awaitIndexes(300)'));
    let next = 0;
    const results: Array<{ round: number; label: string; size: number; cpuPer25: number; jitPer25: number }> =
      [];
    // Labels cannot be parameters: two fixed queries.
    const CREATE = {
      Probe: 'UNWIND $rows AS row CREATE (:Probe {id: row.id, text: row.text})',
      Plain: 'UNWIND $rows AS row CREATE (:Plain {id: row.id, text: row.text})',
    } as const;
    const phases = (['Probe', 'Plain'] as const).flatMap((label) => SIZES.map((size) => ({ label, size })));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const { label, size } of phases) {
        const meter = phaseCpuMeter(pid, [process.pid]);
        for (let written = 0; written < NODES; written += size) {
          const rows = Array.from({ length: size }, () => ({ id: `probe-${next}`, text: textOf(next++) }));
          await db.write('bench.commit-write', (tx) => tx.run(CREATE[label], { rows }));
        }
        const cpu = meter();
        const per25 = (seconds: number) => (seconds / NODES) * 25 * 1000;
        results.push({
          round,
          label,
          size,
          cpuPer25: per25(cpu.neo4jCpu - cpu.jitCpu),
          jitPer25: per25(cpu.jitCpu),
        });
        process.stdout.write(`round ${round}/${ROUNDS}, ${label}, ${size} nodes per transaction: done\n`);
      }
    }
    console.log(`\nNeo4j CPU per 25 nodes, ${NODES} nodes per phase, ms (JIT apart):\n`);
    console.log('| round | index | 25 per transaction | 250 per transaction | small ÷ large |');
    console.log('| --- | --- | --- | --- | --- |');
    for (let round = 1; round <= ROUNDS; round++) {
      for (const label of ['Probe', 'Plain'] as const) {
        const [small, large] = SIZES.map((size) =>
          results.find((row) => row.round === round && row.label === label && row.size === size),
        ) as [(typeof results)[number], (typeof results)[number]];
        console.log(
          `| ${round} | ${label === 'Probe' ? 'full-text' : 'none'} | ${small.cpuPer25.toFixed(2)} (+${small.jitPer25.toFixed(2)} JIT) | ` +
            `${large.cpuPer25.toFixed(2)} (+${large.jitPer25.toFixed(2)} JIT) | ${(small.cpuPer25 / large.cpuPer25).toFixed(1)}× |`,
        );
      }
    }
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

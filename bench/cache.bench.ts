// npm run bench:cache [-- --ops dashboard,topic-range --connections 8,32 --seconds 10 --warmup 15
// --distinct 20]: the opt-in response cache (CLAIMGRAPH_RESPONSE_CACHE_TTL_MS) on the
// 1M-statement graph of `npm run bench` (.neo4j-bench/, built by it), claimgraph with the
// cache off and on, side by side in one run. A dashboard's viewers ask the same few questions:
// each operation cycles through --distinct parameter sets, so the cached server answers most
// requests from memory. The uncached figures are the ones the speed goals are about.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { intArg, parseArgs } from '../src/cli/bulk-args';
import { silentLogger } from '../src/platform/logger';
import { projectRoot } from '../src/platform/project-root';
import { startLocalNeo4j, storeDirectory } from '../src/store/neo4j/local-neo4j';
import { runCell } from './load-test';
import { type Operation, operations } from './operations';
import { compileServers, type ServerProcess, spawnServer } from './servers/spawn';

const BOLT_PORT = 7700;
const PORTS = { uncached: 4411, cached: 4412 } as const;
const ms = (value: number) => value.toFixed(1);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const seconds = intArg(args, 'seconds', 10);
  const warmup = intArg(args, 'warmup', 15);
  const distinct = intArg(args, 'distinct', 20);
  const connections = (args.get('connections') ?? '8,32').split(',').map(Number);
  const only = (args.get('ops') ?? 'dashboard,topic-range').split(',');
  const home = join(projectRoot(), '.neo4j-bench');
  if (!existsSync(storeDirectory(home))) {
    throw new Error('bench:cache reads the graph `npm run bench` builds in .neo4j-bench/: run that first');
  }
  const local = await startLocalNeo4j({
    port: BOLT_PORT,
    home,
    heap: process.env.NEO4J_HEAP ?? '3g',
    pageCache: process.env.NEO4J_PAGECACHE ?? '3g',
    log: { ...silentLogger, info: (message: string) => console.log(message) },
  });
  const servers: Array<{ name: keyof typeof PORTS; process: ServerProcess }> = [];
  try {
    compileServers();
    for (const name of ['uncached', 'cached'] as const) {
      process.env.CLAIMGRAPH_RESPONSE_CACHE_TTL_MS = name === 'cached' ? '60000' : '0';
      servers.push({ name, process: await spawnServer('claimgraph', PORTS[name], local.uri, 1_000_000) });
    }
    const ops = operations(1_000_000)
      .filter((op) => only.includes(op.name))
      .map((op): Operation => ({ ...op, params: (n) => op.params(n % distinct) }));
    console.log(
      `\nclaimgraph with the response cache off and on, 1M statements, ${distinct} distinct requests per operation, ${seconds} s per cell:\n`,
    );
    console.log(
      '| operation | c | uncached req/s | cached req/s | × | uncached p50 / p99 ms | cached p50 / p99 ms |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const op of ops) {
      for (const server of servers) await runCell('claimgraph', server.process.port, op, 8, warmup);
      for (const c of connections) {
        const results = [];
        for (const server of servers)
          results.push(await runCell('claimgraph', server.process.port, op, c, seconds));
        const [off, on] = results as [
          Awaited<ReturnType<typeof runCell>>,
          Awaited<ReturnType<typeof runCell>>,
        ];
        if (off.errors + on.errors > 0) console.log(`  (${off.errors} errors uncached, ${on.errors} cached)`);
        console.log(
          `| ${op.name} | ${c} | ${off.throughput.toFixed(0)} | ${on.throughput.toFixed(0)} | ` +
            `${(on.throughput / off.throughput).toFixed(1)} | ${ms(off.p50)} / ${ms(off.p99)} | ${ms(on.p50)} / ${ms(on.p99)} |`,
        );
      }
    }
  } finally {
    for (const server of servers) await server.process.stop();
    await local.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

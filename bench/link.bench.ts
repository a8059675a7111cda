// npm run bench:link: the linker's look-ups (what ingestion asks the graph for each article)
// under PROFILE on the graph at NEO4J_URI, or the local Neo4j of NEO4J_HOME / NEO4J_PORT: db
// hits and wall time per look-up, with the candidate searches' size, for the 1M graph of
// docs/scale.md. The parameters are the synthetic corpus's, so the graph must be one the
// bulk loader built (npm run bulk-load -- --statements N).

import { loadConfig } from '../src/platform/config';
import { consoleLogger } from '../src/platform/logger';
import { connect } from '../src/store/neo4j/connect';
import { linkerLookups } from './link-lookups';
import { profileQueries } from './profile';

async function main(): Promise<void> {
  const config = loadConfig();
  const connection = await connect(config, consoleLogger);
  try {
    const db = connection.db;
    const counted = await db.read('bench.count', 'MATCH (s:Statement) RETURN count(s) AS n', {});
    const statements = Number(counted.records[0]?.get('n'));
    console.log(`graph: ${statements.toLocaleString('en')} statements`);
    console.log('look-up                                   db hits   wall ms (median of 5)');
    for (const lookup of linkerLookups(statements)) {
      const [profiled] = await profileQueries(db.driver, db.name, lookup.queries);
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const started = process.hrtime.bigint();
        for (const query of lookup.queries) await db.read('bench.link', query.cypher, query.params);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${lookup.title.padEnd(42)} ${String(profiled?.dbHits ?? 0).padStart(8)} ${(times[2] ?? 0).toFixed(1).padStart(9)}`,
      );
    }
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

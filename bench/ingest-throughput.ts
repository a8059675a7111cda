// Full ingestion throughput for bench:extract: synthetic articles through ingestArticle into a
// real Neo4j (NEO4J_URI, or a throw-away local one), one write transaction per article.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { ingestArticle } from '../src/core/ingest/ingest-article';
import { loadConfig } from '../src/platform/config';
import { silentLogger } from '../src/platform/logger';
import { createDatabase, createDriver } from '../src/store/neo4j/database';
import { startLocalNeo4j } from '../src/store/neo4j/local-neo4j';
import { applyMigrations } from '../src/store/neo4j/migrations';
import type { SyntheticArticle } from './synthetic-articles';

export interface IngestTiming {
  articles: number;
  statements: number;
  seconds: number;
}

const BENCH_PORT = 7712;

export async function measureIngestion(articles: readonly SyntheticArticle[]): Promise<IngestTiming> {
  const config = loadConfig();
  const home = config.neo4j.uri ? undefined : mkdtempSync(join(tmpdir(), 'claimgraph-bench-ingest-'));
  const local = home ? await startLocalNeo4j({ port: BENCH_PORT, home, log: silentLogger }) : undefined;
  const db = createDatabase(
    createDriver({ ...config.neo4j, uri: local?.uri ?? config.neo4j.uri }),
    config.neo4j.database,
  );
  try {
    await applyMigrations(db, silentLogger);
    const bar = new SingleBar(
      { format: `${'ingestArticle'.padEnd(22)} {bar} {value}/{total} articles`, hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(articles.length, 0);
    let statements = 0;
    const started = process.hrtime.bigint();
    for (const [index, article] of articles.entries()) {
      const outcome = await ingestArticle(
        db,
        {
          text: article.text,
          title: article.title,
          outlet: article.outlet,
          publishedAt: article.publishedAt,
          url: `https://bench.example/articles/${index}`,
        },
        'bench',
      );
      statements += outcome.statementIds.length;
      bar.update(index + 1);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    bar.stop();
    return { articles: articles.length, statements, seconds };
  } finally {
    await db.close();
    await local?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  }
}

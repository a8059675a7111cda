// npm run import -- <file>: restores an export (npm run export) into an empty database,
// after applying the migrations. Refuses a database that already holds data.

import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { loadConfig } from '../platform/config';
import { consoleLogger } from '../platform/logger';
import { importGraph } from '../store/backup/import-graph';
import { connect } from '../store/neo4j/connect';
import { progressReporter } from './backup-progress';

async function main(file: string | undefined): Promise<void> {
  if (!file) throw new Error('usage: npm run import -- <file.jsonl[.gz]>');
  const connection = await connect(loadConfig(), consoleLogger);
  const progress = progressReporter('import');
  try {
    const raw = createReadStream(file);
    const input: Readable = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
    const report = await importGraph(connection.db, input, { onProgress: (p) => progress.update(p) });
    progress.stop();
    if (report.removedLeftovers > 0) {
      console.error(`Removed ${report.removedLeftovers} nodes an earlier, unfinished import had left.`);
    }
    console.error(`Imported ${report.nodes} nodes and ${report.relationships} relationships from ${file}.`);
  } finally {
    await connection.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

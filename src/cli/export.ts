// npm run export -- [file]: the whole graph (without the migration records) as JSON lines,
// gzip-compressed when the file name ends in .gz. Default file: claimgraph-export.jsonl.

import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { loadConfig } from '../platform/config';
import { consoleLogger } from '../platform/logger';
import { exportGraph } from '../store/backup/export-graph';
import { connect } from '../store/neo4j/connect';
import { progressReporter } from './backup-progress';

async function main(file = 'claimgraph-export.jsonl'): Promise<void> {
  const connection = await connect(loadConfig(), consoleLogger);
  const progress = progressReporter('export');
  try {
    const fileStream = createWriteStream(file);
    const out = file.endsWith('.gz') ? createGzip() : fileStream;
    if (out !== fileStream) out.pipe(fileStream);
    const report = await exportGraph(connection.db, out, { onProgress: (p) => progress.update(p) });
    out.end();
    await finished(fileStream);
    progress.stop();
    console.error(`Exported ${report.nodes} nodes and ${report.relationships} relationships to ${file}.`);
  } finally {
    await connection.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

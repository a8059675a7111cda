// npm run export -- [--format csv] [--speaker …] [--topic …] [--from …] [--to …] [--source-id …]
//   [--text …] [--direct true|false] [file]
// Without --format: the whole graph (without the migration records) as JSON lines, the backup
// `npm run import` restores, gzip-compressed when the file name ends in .gz. With --format:
// the statements the filters select in that format (src/core/exports/formats.ts), the same
// bytes GET /export/<file> serves. Progress goes to stderr.

import { once } from 'node:events';
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { EXPORT_FORMATS, exportFormatNamed } from '../core/exports/formats';
import type { StatementFilterInput } from '../core/inputs';
import { graphNameLookup } from '../core/statement-filter';
import { loadConfig } from '../platform/config';
import { consoleLogger } from '../platform/logger';
import { exportGraph } from '../store/backup/export-graph';
import { connect } from '../store/neo4j/connect';
import type { Database } from '../store/neo4j/database';
import { progressReporter } from './backup-progress';

const FILTER_FLAGS = {
  speaker: 'speaker',
  topic: 'topic',
  from: 'from',
  to: 'to',
  'source-id': 'sourceId',
  text: 'text',
} as const;

interface ExportArgs {
  format?: string;
  filter: StatementFilterInput;
  file?: string;
}

function parse(argv: string[]): ExportArgs {
  const args: ExportArgs = { filter: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      if (args.file !== undefined) throw new Error(`one output file, got ${args.file} and ${arg}`);
      args.file = arg;
      continue;
    }
    const name = arg.slice(2);
    const value = argv[++i];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    if (name === 'format') args.format = value;
    else if (name === 'direct') {
      if (value !== 'true' && value !== 'false') throw new Error('--direct takes true or false');
      args.filter.direct = value === 'true';
    } else if (name in FILTER_FLAGS) args.filter[FILTER_FLAGS[name as keyof typeof FILTER_FLAGS]] = value;
    else throw new Error(`unknown option ${arg}`);
  }
  if (args.format === undefined && Object.keys(args.filter).length > 0) {
    throw new Error(
      `filters apply to the statement exports: give --format (${EXPORT_FORMATS.map((f) => f.name).join(', ')})`,
    );
  }
  return args;
}

async function write(out: WriteStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

async function exportStatements(db: Database, args: ExportArgs, formatName: string): Promise<void> {
  const format = exportFormatNamed(formatName);
  if (!format) {
    throw new Error(`--format is one of ${EXPORT_FORMATS.map((f) => f.name).join(', ')}, got ${formatName}`);
  }
  const file = args.file ?? format.file;
  const out = createWriteStream(file);
  let rows = 0;
  const started = Date.now();
  const ticker = setInterval(
    () => process.stderr.write(`\rexport ${format.name}: ${rows} ${format.unit}`),
    1000,
  );
  try {
    const chunks = await format.write({
      db,
      names: graphNameLookup(db),
      filter: args.filter,
      iriBase: loadConfig().iriBase,
      onProgress: (progress) => {
        rows = progress.rows;
      },
    });
    for await (const chunk of chunks) await write(out, chunk);
  } catch (error) {
    // No half-written export left behind to be mistaken for a whole one.
    out.destroy();
    rmSync(file, { force: true });
    throw error;
  } finally {
    clearInterval(ticker);
  }
  out.end();
  await finished(out);
  console.error(
    `\rExported ${rows} ${format.unit} as ${format.name} to ${file} (${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
}

async function exportBackup(db: Database, file = 'claimgraph-export.jsonl'): Promise<void> {
  const progress = progressReporter('export');
  const fileStream = createWriteStream(file);
  const out = file.endsWith('.gz') ? createGzip() : fileStream;
  if (out !== fileStream) out.pipe(fileStream);
  const report = await exportGraph(db, out, { onProgress: (p) => progress.update(p) });
  out.end();
  await finished(fileStream);
  progress.stop();
  console.error(`Exported ${report.nodes} nodes and ${report.relationships} relationships to ${file}.`);
}

async function main(argv: string[]): Promise<void> {
  const args = parse(argv);
  const connection = await connect(loadConfig(), consoleLogger);
  try {
    if (args.format === undefined) await exportBackup(connection.db, args.file);
    else await exportStatements(connection.db, args, args.format);
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

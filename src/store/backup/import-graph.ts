// Restores an export into an empty database, streaming the file line by line and writing
// in batches. Nodes carry a temporary label and key (indexed) until the relationships are
// linked, then lose them. Migrations are applied before (by the CLI), never imported.

import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Database } from '../neo4j/database';
import { int, toNumber } from '../neo4j/values';
import { deleteNodesInBatches } from '../repo/graph-emptiness';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportLine,
  type HeaderLine,
  INTERNAL_LABELS,
  type NodeLine,
  type Progress,
  type RelationshipLine,
} from './format';
import { decodeProperties } from './typed-values';

export interface ImportOptions {
  /** labels a database may already hold and still count as empty; default Migration */
  ignoreLabels?: readonly string[];
  batchSize?: number;
  onProgress?: (progress: Progress) => void;
}

export interface ImportReport {
  nodes: number;
  relationships: number;
  /** nodes an earlier import left when it was killed while writing, removed before this one */
  removedLeftovers: number;
}

const IMPORT_LABEL = 'ClaimgraphImport';
const IMPORT_KEY = '__claimgraphImportKey';
const IMPORT_INDEX = 'claimgraph_import_key';

export class NonEmptyDatabaseError extends Error {
  constructor(nodes: number) {
    super(
      `Refusing to import: the database already holds ${nodes} nodes. Import restores into an empty database.`,
    );
  }
}

export async function countDataNodes(db: Database, ignoreLabels: readonly string[]): Promise<number> {
  const result = await db.read(
    'backup.count',
    'MATCH (n) WHERE none(label IN labels(n) WHERE label IN $ignore) RETURN count(n) AS n',
    { ignore: [...ignoreLabels] },
  );
  return toNumber(result.records[0]?.get('n'));
}

function parseLine(text: string, lineNumber: number): ExportLine {
  try {
    return JSON.parse(text) as ExportLine;
  } catch {
    throw new Error(`line ${lineNumber} is not JSON`);
  }
}

export async function importGraph(
  db: Database,
  input: Readable,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 2000;
  const counted = await db.read(
    'backup.count-before-import',
    `MATCH (n) WHERE none(label IN labels(n) WHERE label IN $ignore)
     RETURN count(n) AS nodes, count(CASE WHEN $import IN labels(n) THEN n END) AS leftovers`,
    { ignore: [...(options.ignoreLabels ?? INTERNAL_LABELS)], import: IMPORT_LABEL },
  );
  const removedLeftovers = toNumber(counted.records[0]?.get('leftovers'));
  const existing = toNumber(counted.records[0]?.get('nodes')) - removedLeftovers;
  if (existing > 0) throw new NonEmptyDatabaseError(existing);
  // Only nodes still carrying the import label: an import killed while writing (a crash,
  // Ctrl-C, SIGKILL) never ran its rollback. The database was empty before it: empty it again.
  if (removedLeftovers > 0) await removeImported(db, batchSize);

  await db.write('backup.import-index', (tx) =>
    tx.run(`CREATE INDEX ${IMPORT_INDEX} IF NOT EXISTS FOR (n:${IMPORT_LABEL}) ON (n.${IMPORT_KEY})`),
  );
  await db.write('backup.import-await-index', (tx) => tx.run('CALL db.awaitIndexes(300)'));

  let header: HeaderLine | undefined;
  let nodes: NodeLine[] = [];
  let relationships: RelationshipLine[] = [];
  const report: ImportReport = { nodes: 0, relationships: 0, removedLeftovers };

  const flushNodes = async () => {
    if (nodes.length === 0) return;
    const rows = nodes.map((n) => ({ k: n.k, labels: n.labels, props: decodeProperties(n.props) }));
    nodes = [];
    await db.write('backup.import-nodes', (tx) =>
      tx.run(
        `UNWIND $rows AS row
         CREATE (n:${IMPORT_LABEL} {${IMPORT_KEY}: row.k})
         SET n:$(row.labels), n += row.props`,
        { rows },
      ),
    );
    report.nodes += rows.length;
    options.onProgress?.({ phase: 'nodes', done: report.nodes, total: header?.nodes ?? 0 });
  };

  const flushRelationships = async () => {
    if (relationships.length === 0) return;
    const rows = relationships.map((r) => ({ t: r.t, s: r.s, e: r.e, props: decodeProperties(r.props) }));
    relationships = [];
    const created = await db.write('backup.import-relationships', (tx) =>
      tx.run(
        `UNWIND $rows AS row
         MATCH (a:${IMPORT_LABEL} {${IMPORT_KEY}: row.s})
         MATCH (b:${IMPORT_LABEL} {${IMPORT_KEY}: row.e})
         CREATE (a)-[r:$(row.t)]->(b)
         SET r = row.props
         RETURN count(r) AS created`,
        { rows },
      ),
    );
    const count = toNumber(created.records[0]?.get('created'));
    if (count !== rows.length) {
      throw new Error(`${rows.length - count} relationships name a node that is not in the file`);
    }
    report.relationships += rows.length;
    options.onProgress?.({
      phase: 'relationships',
      done: report.relationships,
      total: header?.relationships ?? 0,
    });
  };

  try {
    await readAll();
  } catch (error) {
    // All or nothing: the database was empty, and every node written so far still carries the
    // import label. Remove them all, so that a retry with a good file finds it empty again.
    await removeImported(db, batchSize);
    throw error;
  }

  for (;;) {
    const cleared = await db.write('backup.import-cleanup', (tx) =>
      tx.run(
        `MATCH (n:${IMPORT_LABEL}) WITH n LIMIT $batch
         REMOVE n:${IMPORT_LABEL}, n.${IMPORT_KEY}
         RETURN count(n) AS n`,
        { batch: int(batchSize * 5) },
      ),
    );
    if (toNumber(cleared.records[0]?.get('n')) === 0) break;
  }
  await db.write('backup.import-drop-index', (tx) => tx.run(`DROP INDEX ${IMPORT_INDEX} IF EXISTS`));
  return report;

  async function readAll(): Promise<void> {
    let lineNumber = 0;
    for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      lineNumber += 1;
      if (text.trim() === '') continue;
      const line = parseLine(text, lineNumber);
      if (line.type === 'header') {
        if (line.format !== EXPORT_FORMAT || line.version !== EXPORT_VERSION) {
          throw new Error(`not a ${EXPORT_FORMAT} v${EXPORT_VERSION} file (line ${lineNumber})`);
        }
        header = line;
      } else if (!header) {
        throw new Error(`line ${lineNumber}: the file does not start with a ${EXPORT_FORMAT} header`);
      } else if (line.type === 'node') {
        if (relationships.length > 0 || report.relationships > 0) {
          throw new Error(`line ${lineNumber}: a node after the relationships`);
        }
        nodes.push(line);
        if (nodes.length >= batchSize) await flushNodes();
      } else if (line.type === 'rel') {
        await flushNodes();
        relationships.push(line);
        if (relationships.length >= batchSize) await flushRelationships();
      } else {
        throw new Error(`line ${lineNumber}: unknown line type`);
      }
    }
    await flushNodes();
    await flushRelationships();
    if (!header) throw new Error('the file is empty');
    if (report.nodes !== header.nodes || report.relationships !== header.relationships) {
      throw new Error(
        `the file is truncated: its header promises ${header.nodes} nodes and ${header.relationships} relationships, ` +
          `it holds ${report.nodes} and ${report.relationships}`,
      );
    }
  }
}

/** Deletes every node an unfinished import wrote (they carry the import label), in batches. */
async function removeImported(db: Database, batchSize: number): Promise<void> {
  await deleteNodesInBatches(db, 'backup.import-rollback', `MATCH (n:${IMPORT_LABEL})`, batchSize);
  await db.write('backup.import-drop-index', (tx) => tx.run(`DROP INDEX ${IMPORT_INDEX} IF EXISTS`));
}

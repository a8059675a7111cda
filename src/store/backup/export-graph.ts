// Streams the whole graph out as JSON lines, from one read transaction (one consistent
// snapshot), record by record with the driver's back-pressure: memory stays flat whatever the
// graph's size.

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import neo4j from 'neo4j-driver';
import type { Database } from '../neo4j/database';
import { toNumber } from '../neo4j/values';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportLine, INTERNAL_LABELS, type Progress } from './format';
import { encodeProperties } from './typed-values';

export interface ExportOptions {
  /** nodes with any of these labels (and their relationships) are left out; default Migration */
  excludeLabels?: readonly string[];
  onProgress?: (progress: Progress) => void;
  /** onProgress is called every this many lines, and at the end of each phase */
  progressEvery?: number;
}

export interface ExportReport {
  nodes: number;
  relationships: number;
}

const KEEP = 'none(label IN labels(n) WHERE label IN $exclude)';

export async function exportGraph(
  db: Database,
  out: Writable,
  options: ExportOptions = {},
): Promise<ExportReport> {
  const exclude = [...(options.excludeLabels ?? INTERNAL_LABELS)];
  const every = options.progressEvery ?? 10_000;
  const write = async (line: ExportLine) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  const tx = await session.beginTransaction({ metadata: { app: 'claimgraph', operation: 'backup.export' } });
  try {
    const counts = await tx.run(
      `CALL { MATCH (n) WHERE ${KEEP} RETURN count(n) AS nodes }
       CALL { MATCH (n)-[r]->(m) WHERE ${KEEP} AND none(label IN labels(m) WHERE label IN $exclude)
              RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
      { exclude },
    );
    const total = {
      nodes: toNumber(counts.records[0]?.get('nodes')),
      relationships: toNumber(counts.records[0]?.get('relationships')),
    };
    await write({
      type: 'header',
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      ...total,
    });

    let nodes = 0;
    for await (const record of tx.run(
      `MATCH (n) WHERE ${KEEP} RETURN elementId(n) AS k, labels(n) AS labels, properties(n) AS props`,
      { exclude },
    )) {
      await write({
        type: 'node',
        k: record.get('k'),
        labels: record.get('labels'),
        props: encodeProperties(record.get('props')),
      });
      if (++nodes % every === 0) options.onProgress?.({ phase: 'nodes', done: nodes, total: total.nodes });
    }
    options.onProgress?.({ phase: 'nodes', done: nodes, total: total.nodes });

    let relationships = 0;
    for await (const record of tx.run(
      `MATCH (n)-[r]->(m) WHERE ${KEEP} AND none(label IN labels(m) WHERE label IN $exclude)
       RETURN type(r) AS t, elementId(n) AS s, elementId(m) AS e, properties(r) AS props`,
      { exclude },
    )) {
      await write({
        type: 'rel',
        t: record.get('t'),
        s: record.get('s'),
        e: record.get('e'),
        props: encodeProperties(record.get('props')),
      });
      if (++relationships % every === 0) {
        options.onProgress?.({ phase: 'relationships', done: relationships, total: total.relationships });
      }
    }
    options.onProgress?.({ phase: 'relationships', done: relationships, total: total.relationships });
    await tx.commit();
    return { nodes, relationships };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback();
    throw error;
  } finally {
    await session.close();
  }
}

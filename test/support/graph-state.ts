// Graph state for the tests: a marker that the database is a test database, a reset to
// the seed, and a checksum of everything in the graph to prove writes changed nothing.

import { createHash } from 'node:crypto';
import { loadSeed } from '../../src/core/load-seed';
import type { Database } from '../../src/store/neo4j/database';

/**
 * Tests reset the graph. They refuse a database holding data unless a previous test run
 * marked it as a test database, so pointing NEO4J_URI at a real graph cannot wipe it.
 */
export async function claimTestDatabase(db: Database): Promise<void> {
  const result = await db.read(
    'test.inspect',
    `OPTIONAL MATCH (marker:ClaimgraphTestDatabase)
     CALL { MATCH (n) WHERE NOT n:Migration AND NOT n:ClaimgraphTestDatabase RETURN count(n) AS nodes }
     RETURN marker IS NOT NULL AS marked, nodes`,
  );
  const record = result.records[0];
  const marked = record?.get('marked') === true;
  const nodes = Number(record?.get('nodes') ?? 0);
  if (!marked && nodes > 0) {
    throw new Error(
      `The test database holds ${nodes} nodes and is not marked as a test database. ` +
        'Tests reset the graph: point NEO4J_URI at an empty, disposable database.',
    );
  }
  await db.write('test.mark', (tx) => tx.run('MERGE (:ClaimgraphTestDatabase {id: 1})'));
}

export async function clearGraph(db: Database): Promise<void> {
  await db.write('test.clear', (tx) =>
    tx.run('MATCH (n) WHERE NOT n:Migration AND NOT n:ClaimgraphTestDatabase DETACH DELETE n'),
  );
}

export async function resetToSeed(db: Database): Promise<void> {
  await clearGraph(db);
  await loadSeed(db);
}

/**
 * A content checksum of the graph: every node's labels and properties and every
 * relationship's type, ends and properties, sorted. Internal ids are left out, so two
 * graphs with the same content have the same checksum. Nodes with a label in `without` are
 * left out (the audit trail, which every change rightly grows).
 */
export async function graphChecksum(db: Database, options: { without?: string[] } = {}): Promise<string> {
  const without = options.without ?? [];
  const result = await db.readTransaction('test.checksum', async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE NOT n:Migration AND NOT n:ClaimgraphTestDatabase
         AND none(label IN labels(n) WHERE label IN $without)
       RETURN labels(n) AS labels, properties(n) AS props`,
      { without },
    );
    const relationships = await tx.run(
      `MATCH (a)-[r]->(b)
       RETURN type(r) AS type, properties(r) AS props, a.id AS from, b.id AS to`,
    );
    return [
      ...nodes.records.map((r) => stableJson(['N', [...r.get('labels')].sort(), r.get('props')])),
      ...relationships.records.map((r) =>
        stableJson(['R', r.get('type'), r.get('from'), r.get('to'), r.get('props')]),
      ),
    ];
  });
  return createHash('sha256').update(result.sort().join('\n')).digest('hex');
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      // Neo4j Integers and temporal values print as their string form.
      if ('toString' in v && (v as object).constructor?.name !== 'Object') return String(v);
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    return v;
  });
}

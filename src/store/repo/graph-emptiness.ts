import type { Database } from '../neo4j/database';
import { int, toNumber } from '../neo4j/values';

/**
 * True when the graph holds no domain node. Bookkeeping nodes (migrations, a test marker) do
 * not count. One label look-up per kind, so it costs the same on an empty graph and on 1M
 * statements: start-up asks it every time.
 */
export async function graphIsEmpty(db: Database): Promise<boolean> {
  const result = await db.read(
    'graph.is-empty',
    `RETURN NOT (EXISTS { MATCH (:Actor) } OR EXISTS { MATCH (:Source) } OR EXISTS { MATCH (:Statement) }
             OR EXISTS { MATCH (:Claim) } OR EXISTS { MATCH (:Topic) } OR EXISTS { MATCH (:Stance) }) AS empty`,
  );
  return result.records[0]?.get('empty') === true;
}

/**
 * Deletes the nodes `nodes` matches (a fixed pattern binding `n`, never user text) with their
 * relationships, `batch` per transaction, so a 1M graph never sits in one transaction's
 * memory. Answers how many it deleted.
 */
export async function deleteNodesInBatches(
  db: Database,
  operation: string,
  nodes: string,
  batch: number,
  onProgress: (deleted: number) => void = () => {},
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const result = await db.write(operation, (tx) =>
      tx.run(`${nodes} WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS n`, { batch: int(batch) }),
    );
    const done = toNumber(result.records[0]?.get('n'));
    if (done === 0) return deleted;
    deleted += done;
    onProgress(deleted);
  }
}

/** Deletes every node but the migration records, 10,000 a transaction. */
export function clearGraphData(
  db: Database,
  onProgress: (deleted: number) => void = () => {},
): Promise<number> {
  return deleteNodesInBatches(db, 'graph.clear', 'MATCH (n) WHERE NOT n:Migration', 10_000, onProgress);
}

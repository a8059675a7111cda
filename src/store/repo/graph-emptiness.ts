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
 * Deletes every node but the migration records, in batches of 10,000 (a transaction each, so
 * a 1M graph never sits in one transaction's memory). Answers how many it deleted.
 */
export async function clearGraphData(
  db: Database,
  onProgress: (deleted: number) => void = () => {},
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const result = await db.write('graph.clear', (tx) =>
      tx.run('MATCH (n) WHERE NOT n:Migration WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS n', {
        batch: int(10_000),
      }),
    );
    const batch = toNumber(result.records[0]?.get('n'));
    if (batch === 0) return deleted;
    deleted += batch;
    onProgress(deleted);
  }
}

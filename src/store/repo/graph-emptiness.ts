import type { Database } from '../neo4j/database';

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

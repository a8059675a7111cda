// The Cypher floor for one request: the operation's queries at once, their records in order.

import type { Database } from '../src/store/neo4j/database';
import type { Operation, Params } from './operations';

export async function floorRecords(
  db: Database,
  operation: Operation,
  params: Params,
): Promise<Record<string, unknown>[]> {
  const results = await Promise.all(
    operation.cypher.map((cypher, i) => db.read(`floor.${operation.name}.${i}`, cypher, params)),
  );
  return results.flatMap((result) => result.records.map((record) => record.toObject()));
}

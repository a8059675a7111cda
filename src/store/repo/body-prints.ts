// Prints the bodies stored without one (src/domain/body-print.ts), batch by batch, each
// batch read and written in one transaction: run when the store connects, so an article
// ingested before prints existed is found as an original like any other. With every body
// printed, it is one query that finds nothing.

import { bodyPrint, PRINT_VERSION } from '../../domain/body-print';
import type { Database } from '../neo4j/database';
import { int } from '../neo4j/values';
import { cypher } from './cypher';

const BATCH = 500;

/** How many bodies it printed. */
export async function printUnprintedBodies(db: Database): Promise<number> {
  let printed = 0;
  for (;;) {
    const batch = await db.write('store.print-bodies', async (tx) => {
      const result = await tx.run(cypher('unprinted-sources'), {
        versionPrefix: `${PRINT_VERSION}n`,
        limit: int(BATCH),
      });
      const rows = result.records.map((record) => ({
        id: String(record.get('id')),
        bodyPrint: bodyPrint(String(record.get('text'))),
      }));
      if (rows.length > 0) await tx.run(cypher('write-body-prints'), { rows });
      return rows.length;
    });
    printed += batch;
    if (batch < BATCH) return printed;
  }
}

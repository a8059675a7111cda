// A source's retraction, inside the caller's transaction (which has locked the source).

import type { Transaction } from '../neo4j/database';
import { cypher } from './cypher';

export interface RetractedIds {
  statementIds: string[];
  claimIds: string[];
  intermediaryIds: string[];
  stanceIds: string[];
}

/** Deletes the source and what only it carries (retract-source.cypher); undefined: no such source. */
export async function retractSourceIn(tx: Transaction, sourceId: string): Promise<RetractedIds | undefined> {
  const record = (await tx.run(cypher('retract-source'), { sourceId })).records[0];
  if (!record) return undefined;
  const ids = (key: string) => (record.get(key) as unknown[]).map(String).sort();
  return {
    statementIds: ids('statementIds'),
    claimIds: ids('claimIds'),
    intermediaryIds: ids('intermediaryIds'),
    stanceIds: ids('stanceIds'),
  };
}

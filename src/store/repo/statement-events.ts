import type { StatementAddedEvent } from '../../domain/events';
import type { Database } from '../neo4j/database';
import { cypher } from './cypher';

export interface StatementEventRow {
  event: StatementAddedEvent;
  /** sources where this statement gave its claim its first appearance there */
  newAppearances: string[];
}

/** The events statements just written give rise to, in one read. */
export async function statementEventRows(db: Database, ids: readonly string[]): Promise<StatementEventRow[]> {
  if (ids.length === 0) return [];
  const result = await db.read('events.statement-rows', cypher('statement-events'), { ids: [...ids] });
  return result.records.map((record) => ({
    event: {
      statementId: String(record.get('id')),
      text: String(record.get('text')),
      direct: record.get('direct') === true,
      at: (record.get('at') as string | null) ?? null,
      speaker: {
        id: String(record.get('speakerId')),
        names: (record.get('speakerNames') as string[]).map(String),
      },
      topics: (record.get('topics') as string[]).map(String),
      sourceId: String(record.get('sourceId')),
      claimId: (record.get('claimId') as string | null) ?? null,
    },
    newAppearances: (record.get('newAppearances') as string[]).map(String),
  }));
}

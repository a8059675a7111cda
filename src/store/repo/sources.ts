import type { DerivationKind, Source } from '../../domain/model';
import type { Database } from '../neo4j/database';
import { cypher } from './cypher';
import { toSource } from './mappers';

export interface DerivationRow {
  sourceId: string;
  relation: DerivationKind;
}

export async function sourcesByIds(db: Database, ids: readonly string[]): Promise<Source[]> {
  const result = await db.read('sources.by-ids', cypher('sources-by-ids'), { ids: [...ids] });
  return result.records.map((record) => toSource(record.get('source')));
}

/** Full texts by source id; a source without a text maps to null. */
export async function sourceTextsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  const result = await db.read('sources.texts', cypher('source-texts-by-ids'), { ids: [...ids] });
  return new Map(
    result.records.map((record) => {
      const text = record.get('text');
      return [String(record.get('key')), typeof text === 'string' ? text : null];
    }),
  );
}

export async function sourceByUrl(db: Database, url: string): Promise<Source | undefined> {
  const result = await db.read('sources.by-url', cypher('source-by-url'), { url });
  const record = result.records[0];
  return record ? toSource(record.get('source')) : undefined;
}

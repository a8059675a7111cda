import type { QueryResult } from 'neo4j-driver';
import type { DerivationKind, Source } from '../../domain/model';
import type { Database, Transaction } from '../neo4j/database';
import { cypher } from './cypher';
import { toSource } from './mappers';

export interface DerivationRow {
  sourceId: string;
  relation: DerivationKind;
}

const sourcesOf = (result: QueryResult) => result.records.map((record) => toSource(record.get('source')));

export async function sourcesByIds(db: Database, ids: readonly string[]): Promise<Source[]> {
  return sourcesOf(await db.read('sources.by-ids', cypher('sources-by-ids'), { ids: [...ids] }));
}

/** The same, inside the caller's transaction: a write reads what it locked. */
export async function sourcesByIdsIn(tx: Transaction, ids: readonly string[]): Promise<Source[]> {
  return sourcesOf(await tx.run(cypher('sources-by-ids'), { ids: [...ids] }));
}

const textsOf = (result: QueryResult) =>
  new Map(
    result.records.map((record): [string, string | null] => {
      const text = record.get('text');
      return [String(record.get('key')), typeof text === 'string' ? text : null];
    }),
  );

/** Full texts by source id; a source without a text maps to null. */
export async function sourceTextsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  return textsOf(await db.read('sources.texts', cypher('source-texts-by-ids'), { ids: [...ids] }));
}

/** The same, inside the caller's transaction (the linker reads its copy candidates' bodies). */
export async function sourceTextsByIdsIn(
  tx: Transaction,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  return textsOf(await tx.run(cypher('source-texts-by-ids'), { ids: [...ids] }));
}

export async function sourceByUrl(db: Database, url: string): Promise<Source | undefined> {
  const result = await db.read('sources.by-url', cypher('source-by-url'), { url });
  const record = result.records[0];
  return record ? toSource(record.get('source')) : undefined;
}

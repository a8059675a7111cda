import type { Database } from '../neo4j/database';
import { int } from '../neo4j/values';
import { cypher } from './cypher';

export interface SearchHitRow {
  score: number;
  statementId?: string;
  claimId?: string;
  actorId?: string;
  sourceId?: string;
}

/** `terms` is Lucene syntax, escaped by the caller (see lucene.ts). */
export async function searchAll(db: Database, terms: string, limit: number): Promise<SearchHitRow[]> {
  const result = await db.read('search.all', cypher('search'), { terms, limit: int(limit) });
  return result.records.map((record) => {
    const kind = record.get('kind') as 'statement' | 'claim' | 'actor' | 'source';
    return { score: Number(record.get('score')), [`${kind}Id`]: String(record.get('id')) };
  });
}

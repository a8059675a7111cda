// What `npm run link` reads and writes: stored articles whose ingested statements were never
// linked, one article as the linker reads it, and statements moved onto their claims.

import type { ActorKind } from '../../domain/model';
import type { Database, Transaction } from '../neo4j/database';
import { cypher } from './cypher';

export async function articlesToLink(db: Database): Promise<string[]> {
  const result = await db.read('link.articles', cypher('articles-to-link'), {});
  return result.records.map((record) => String(record.get('id')));
}

export interface StoredStatementToLink {
  id: string;
  text: string;
  direct: boolean;
  cue: string;
  at?: string;
  speakerId: string;
  speakerName: string;
  speakerKind: ActorKind;
  speakerAliases: string[];
  organisation?: { id: string; name: string };
}

export interface StoredArticleToLink {
  id: string;
  title?: string;
  text: string;
  publishedAt?: string;
  outlet?: string;
  statements: StoredStatementToLink[];
}

export async function articleToLink(
  tx: Transaction,
  sourceId: string,
): Promise<StoredArticleToLink | undefined> {
  const record = (await tx.run(cypher('article-to-link'), { sourceId })).records[0];
  if (!record) return undefined;
  const optional = (key: string) => {
    const value = record.get(key);
    return value === null || value === undefined ? {} : { [key]: String(value) };
  };
  return {
    id: String(record.get('id')),
    text: String(record.get('text')),
    ...optional('title'),
    ...optional('publishedAt'),
    ...optional('outlet'),
    statements: (record.get('statements') as Array<Record<string, unknown>>).map((row) => ({
      id: String(row.id),
      text: String(row.text),
      direct: row.direct === true,
      cue: String(row.cue),
      ...(row.at ? { at: String(row.at) } : {}),
      speakerId: String(row.speakerId),
      speakerName: String(row.speakerName),
      speakerKind: row.speakerKind as ActorKind,
      speakerAliases: (row.speakerAliases as unknown[]).map(String),
      ...(row.organisation ? { organisation: row.organisation as { id: string; name: string } } : {}),
    })),
  };
}

export interface StatementOnClaim {
  statementId: string;
  claimId: string;
  /** the claim's text, when the claim is new */
  text: string;
  method: string;
  score: number;
}

export async function moveStatementsToClaims(
  tx: Transaction,
  rows: readonly StatementOnClaim[],
): Promise<void> {
  if (rows.length > 0) await tx.run(cypher('relink-statements'), { rows: [...rows] });
}

// An article's text -> attributed statements in the graph: validate, extract (pure, outside
// the transaction), then in ONE write transaction: skip a duplicate, resolve names against
// the graph, write. A failure anywhere writes nothing.

import { contentHash } from '../../domain/content-hash';
import { extractStatements } from '../../extract';
import type { Database } from '../../store/neo4j/database';
import { writeDataSet } from '../../store/repo/dataset-writer';
import { sourceIdByUrlOrHash } from '../../store/repo/ingest-lookups';
import { checkUrl, optionalDate, optionalText, requiredText } from '../validate';
import { type ArticleMeta, namesToResolve, planIngest } from './plan';
import { resolveNames } from './resolve-actors';

/** As clients send it: optional fields may be null. */
export type IngestInput = { text: string } & { [K in keyof ArticleMeta]?: ArticleMeta[K] | null };

export type ValidArticle = ArticleMeta & { text: string };

export interface IngestOutcome {
  sourceId: string;
  /** the article's statements in text order; for a duplicate, empty (read them from the source) */
  statementIds: string[];
  createdActorIds: string[];
  duplicate: boolean;
}

export const MAX_ARTICLE_LENGTH = 500_000;

export function validateArticle(input: IngestInput): ValidArticle {
  const text = requiredText('input.text', input.text, MAX_ARTICLE_LENGTH);
  const url = checkUrl('input.url', input.url);
  const title = optionalText('input.title', input.title, 500);
  const outlet = optionalText('input.outlet', input.outlet, 200);
  const author = optionalText('input.author', input.author, 300);
  const publishedAt = optionalDate('input.publishedAt', input.publishedAt);
  return {
    text,
    ...(url ? { url } : {}),
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(author ? { author } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}

export async function ingestArticle(db: Database, raw: IngestInput): Promise<IngestOutcome> {
  const input = validateArticle(raw);
  const hash = contentHash(input.text);
  const extraction = extractStatements(input);
  return db.write('ingest.article', async (tx) => {
    const existingId = await sourceIdByUrlOrHash(tx, input.url, hash);
    if (existingId !== undefined) {
      return { sourceId: existingId, statementIds: [], createdActorIds: [], duplicate: true };
    }
    const matches = await resolveNames(tx, namesToResolve(extraction, input));
    const plan = planIngest(extraction, input, hash, matches, input.text);
    await writeDataSet(tx, plan.data);
    return {
      sourceId: plan.publicationId,
      statementIds: plan.statementIds,
      createdActorIds: plan.createdActorIds,
      duplicate: false,
    };
  });
}

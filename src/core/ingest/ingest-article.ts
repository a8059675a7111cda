// An article's text -> attributed statements in the graph: validate, extract (pure, outside
// the transaction), then in ONE write transaction: skip a duplicate, resolve names against
// the graph, write. A failure anywhere writes nothing.

import { contentHash } from '../../domain/content-hash';
import { ConflictError } from '../../domain/errors';
import { MAX_ARTICLE_LENGTH } from '../../domain/limits';
import { nameKey } from '../../domain/names';
import { type ExtractionResult, extractStatements } from '../../extract';
import type { Database } from '../../store/neo4j/database';
import { storedActors } from '../../store/repo/actor-writes';
import { writeDataSet } from '../../store/repo/dataset-writer';
import { sourceIdByUrlOrHash } from '../../store/repo/ingest-lookups';
import { claimIds } from '../../store/repo/locks';
import { checkUrl, optionalDate, optionalName, requiredText } from '../validate';
import { type ArticleMeta, namesToResolve, planIngest, publicationIdFor } from './plan';
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

export function validateArticle(input: IngestInput): ValidArticle {
  const text = requiredText('input.text', input.text, MAX_ARTICLE_LENGTH);
  const url = checkUrl('input.url', input.url);
  const title = optionalName('input.title', input.title, 500);
  const outlet = optionalName('input.outlet', input.outlet, 200);
  const author = optionalName('input.author', input.author, 300);
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

/** Thrown inside the transaction to roll back its claim on a new id: the article is stored. */
class StoredArticle extends Error {
  constructor(readonly sourceId: string) {
    super(`The article is stored as ${sourceId}`);
  }
}

const duplicateOf = (sourceId: string): IngestOutcome => ({
  sourceId,
  statementIds: [],
  createdActorIds: [],
  duplicate: true,
});

/**
 * The write: claim the article's id first (a lock: of concurrent ingests of one text, one
 * creates and the others wait, then see a duplicate), then look for the same URL or text under
 * another id, then create only the actors no one else created meanwhile, and never overwrite
 * one: an actor that exists keeps what it has.
 */
async function writeArticle(
  db: Database,
  input: ValidArticle,
  hash: string,
  extraction: ExtractionResult,
): Promise<IngestOutcome> {
  return db.write('ingest.article', async (tx) => {
    const publicationId = publicationIdFor(hash);
    if (!(await claimIds(tx, 'Source', [publicationId])).has(publicationId))
      return duplicateOf(publicationId);
    const existingId = await sourceIdByUrlOrHash(tx, input.url, hash);
    if (existingId !== undefined) throw new StoredArticle(existingId);
    const matches = await resolveNames(tx, namesToResolve(extraction, input));
    const plan = planIngest(extraction, input, hash, matches, input.text);
    const planned = plan.data.actors.map((actor) => actor.id);
    const created = await claimIds(tx, 'Actor', planned);
    const taken = await storedActors(
      tx,
      planned.filter((id) => !created.has(id)),
    );
    for (const actor of plan.data.actors) {
      const stored = taken.get(actor.id);
      if (stored && nameKey(stored.name) !== nameKey(actor.name)) {
        throw new ConflictError(
          `The id ${actor.id} derived for ${JSON.stringify(actor.name)} belongs to ${JSON.stringify(stored.name)}`,
          { id: actor.id },
        );
      }
    }
    await writeDataSet(
      tx,
      { ...plan.data, actors: plan.data.actors.filter((actor) => created.has(actor.id)) },
      { 'write-claims': 'add' },
    );
    return {
      sourceId: plan.publicationId,
      statementIds: plan.statementIds,
      createdActorIds: plan.createdActorIds.filter((id) => created.has(id)),
      duplicate: false,
    };
  });
}

export async function ingestArticle(db: Database, raw: IngestInput): Promise<IngestOutcome> {
  const input = validateArticle(raw);
  const hash = contentHash(input.text);
  const extraction = extractStatements(input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeArticle(db, input, hash, extraction);
    } catch (error) {
      if (error instanceof StoredArticle) return duplicateOf(error.sourceId);
      // Another text under the same URL committed between our look-up and our write (the URL
      // is unique): once more, and the look-up finds it.
      if (error instanceof ConflictError && attempt === 1) continue;
      throw error;
    }
  }
}

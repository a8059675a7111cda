// An article's text -> attributed statements in the graph: validate, extract (pure, outside
// the transaction), then in ONE write transaction: skip a duplicate, resolve names against
// the graph, link the statements into the claim graph (shared claims, denials, stances,
// topics, the article it copies), write. A failure anywhere writes nothing.

import type { Principal } from '../../domain/audit';
import { contentHash } from '../../domain/content-hash';
import { ConflictError } from '../../domain/errors';
import type { EventPublisher } from '../../domain/events';
import { MAX_ARTICLE_LENGTH } from '../../domain/limits';
import type { Source } from '../../domain/model';
import { nameKey } from '../../domain/names';
import type { ExtractionResult } from '../../extract';
import type { Database, Transaction } from '../../store/neo4j/database';
import { storedActors } from '../../store/repo/actor-writes';
import { writeDataSet } from '../../store/repo/dataset-writer';
import { type SameTextSource, storedUnder } from '../../store/repo/link-lookups';
import { claimIds, lockExisting } from '../../store/repo/locks';
import { storedSource, writeSource } from '../../store/repo/source-writes';
import { statementsOfSourceIn } from '../../store/repo/statements';
import { announceInBackground } from '../events/announce-statements';
import { copiesLater, linkArticle } from '../link/link-article';
import { addDerivation, LINK_WRITE_MODES, linkedData } from '../link/linked-data';
import { checkUrl, optionalDate, optionalName, requiredText } from '../validate';
import { audit } from '../writes/audit-trail';
import { extractArticle } from './extraction-pool';
import { linkableArticle } from './linkable';
import { type ArticleMeta, ingestScope, namesToResolve, planIngest, publicationIdFor } from './plan';
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
  /** for a duplicate: the metadata this ingest corrected on the stored article (SourceField names) */
  updatedFields: ArticleField[];
}

/** The metadata a re-ingest corrects on the stored article, as SourceField names them. */
const ARTICLE_FIELDS = { title: 'TITLE', author: 'AUTHOR', publishedAt: 'PUBLISHED_AT' } as const;
type ArticleField = (typeof ARTICLE_FIELDS)[keyof typeof ARTICLE_FIELDS];

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

const duplicateOf = (sourceId: string, updatedFields: ArticleField[] = []): IngestOutcome => ({
  sourceId,
  statementIds: [],
  createdActorIds: [],
  duplicate: true,
  updatedFields,
});

/**
 * The article is stored: a re-ingest whose title, author or date differs corrects them (fields
 * not given stay). A new date moves the sort date of its undated statements
 * (write-sources.cypher) and re-dates the ones whose date the text gives relative to it ("on
 * Tuesday"), from the extraction made against the new date. Same text, same offsets: a stored
 * statement is found by where it starts.
 */
async function updateStoredArticle(
  db: Database,
  sourceId: string,
  input: ValidArticle,
  extraction: ExtractionResult,
  by: Principal,
): Promise<IngestOutcome> {
  return db.write('ingest.update-article', async (tx) => {
    if ((await lockExisting(tx, 'Source', [sourceId])).length === 0) return duplicateOf(sourceId);
    const stored = (await storedSource(tx, sourceId)) as Source;
    const changed = differingFields(stored, input);
    if (changed.length === 0) return duplicateOf(sourceId);
    const corrected: Source = { ...stored };
    for (const field of changed) corrected[field] = input[field] as string;
    const written = await writeSource(tx, corrected, 'keep');
    if (changed.includes('publishedAt')) {
      const saidAt = new Map(extraction.statements.map((s) => [s.startOffset, s.saidAt]));
      const redated = (await statementsOfSourceIn(tx, sourceId))
        .filter((s) => s.startOffset !== undefined && saidAt.has(s.startOffset))
        .filter((s) => saidAt.get(s.startOffset as number) !== s.saidAt)
        .map(({ saidAt: _old, ...s }) => {
          const date = saidAt.get(s.startOffset as number);
          return date === undefined ? s : { ...s, saidAt: date };
        });
      if (redated.length > 0) await writeDataSet(tx, { statements: redated });
    }
    await audit(tx, by, {
      operation: 'REINGEST_ARTICLE',
      targetKind: 'Source',
      targetId: sourceId,
      before: stored,
      after: written,
    });
    return duplicateOf(
      sourceId,
      changed.map((field) => ARTICLE_FIELDS[field]),
    );
  });
}

const outletKey = (outlet: string | undefined) => nameKey(outlet ?? '');

/**
 * Which id the article takes, or that it is stored already. The same URL is the same
 * article; the same text from the same outlet too. The same text from another outlet is a
 * copy (a wire story a client paper runs): a source of its own, which SYNDICATES the first.
 */
async function claimPublication(
  tx: Transaction,
  input: ValidArticle,
  hash: string,
): Promise<{ scope: string; sameText?: SameTextSource }> {
  const base = ingestScope(hash);
  // The lock first: of concurrent ingests of one text, one creates and the others wait.
  const createdBase = (await claimIds(tx, 'Source', [publicationIdFor(base)])).size > 0;
  const stored = await storedUnder(tx, input.url, hash);
  const storedId = storedAs(stored, input);
  if (storedId !== undefined) throw new StoredArticle(storedId);
  // The earliest published of the stored ones: the copy and it are linked, later -> earlier.
  const earliest = stored.sameText[0];
  if (createdBase) return { scope: base, ...(earliest ? { sameText: earliest } : {}) };
  const scope = ingestScope(hash, input);
  if ((await claimIds(tx, 'Source', [publicationIdFor(scope)])).size === 0) {
    throw new StoredArticle(publicationIdFor(scope));
  }
  return { scope, ...(earliest ? { sameText: earliest } : {}) };
}

/**
 * The write: claim the article's id, link its statements into the claim graph (reads only),
 * then create only the actors no one else created meanwhile (never overwriting one: an actor
 * that exists keeps what it has) and write it all.
 */
async function writeArticleIn(
  tx: Transaction,
  article: PreparedArticle,
  by: Principal,
): Promise<IngestOutcome> {
  const { input, hash, extraction } = article;
  const { scope, sameText } = await claimPublication(tx, input, hash);
  const matches = await resolveNames(tx, namesToResolve(extraction, input));
  const plan = planIngest(extraction, input, hash, matches, input.text, scope);
  // The same text stored from another outlet is the copy's original: no need to look for one.
  const known = sameText
    ? {
        sourceId: sameText.id,
        resemblance: 1,
        isCopy: copiesLater(input.publishedAt, sameText.publishedAt),
      }
    : undefined;
  const linked = await linkArticle(
    tx,
    linkableArticle(plan, extraction, input, input.text),
    known ? { copy: known } : {},
  );
  const { copy } = linked;
  // Locked only now, after the linker's reads: an actor every article names (an outlet, a
  // surname no one could resolve) is then held while this article writes, not while it links.
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
    linkedData({ ...plan.data, actors: plan.data.actors.filter((actor) => created.has(actor.id)) }, linked),
    LINK_WRITE_MODES,
  );
  if (copy && !copy.isCopy) await addDerivation(tx, copy.sourceId, plan.publicationId, 'SYNDICATES');
  await audit(tx, by, {
    operation: 'INGEST_ARTICLE',
    targetKind: 'Source',
    targetId: plan.publicationId,
    after: { ...(await storedSource(tx, plan.publicationId)), statementIds: plan.statementIds },
  });
  return {
    sourceId: plan.publicationId,
    statementIds: plan.statementIds,
    createdActorIds: plan.createdActorIds.filter((id) => created.has(id)),
    duplicate: false,
    updatedFields: [],
  };
}

/** The stored article this one is, if any: the same URL, or the same text from the same outlet. */
function storedAs(
  stored: { urlId?: string; sameText: SameTextSource[] },
  input: ValidArticle,
): string | undefined {
  return (
    stored.urlId ?? stored.sameText.find((source) => outletKey(source.outlet) === outletKey(input.outlet))?.id
  );
}

/** Which of the article's fields differ from the stored source's (fields not given never do). */
function differingFields(stored: Source, input: ValidArticle): Array<keyof typeof ARTICLE_FIELDS> {
  return (Object.keys(ARTICLE_FIELDS) as Array<keyof typeof ARTICLE_FIELDS>).filter(
    (field) => input[field] !== undefined && input[field] !== stored[field],
  );
}

/**
 * A known article sent again (a retry, a re-run over a folder) is answered from one read,
 * before the extraction it would not use: extraction of a long article costs most of an ingest.
 */
async function knownDuplicate(db: Database, input: ValidArticle, hash: string): Promise<string | undefined> {
  return db.readTransaction('ingest.known-article', async (tx) => {
    const id = storedAs(await storedUnder(tx, input.url, hash), input);
    if (id === undefined) return undefined;
    const stored = await storedSource(tx, id);
    return stored && differingFields(stored, input).length === 0 ? id : undefined;
  });
}

export interface IngestOptions {
  /**
   * Resolve only once the article's statements are announced: a queue job that completes has
   * told subscribers, so a worker that dies before then leaves a job to re-run.
   */
  awaitAnnouncement?: boolean;
  /**
   * The article ran before and its runner died, perhaps after its commit: a stored article is
   * then announced again, so subscribers hear of each statement at least once, never not at all.
   */
  rerun?: boolean;
  /** Write with the other articles in hand (a worker's group commit) instead of alone. */
  writeGroup?: ArticleWriteGroup;
}

/** Writes prepared articles, perhaps several in one transaction (article-write-group.ts). */
export interface ArticleWriteGroup {
  write(article: PreparedArticle, by: Principal): Promise<IngestOutcome>;
}

/**
 * Extracts an article and records it in one write transaction; once that has committed, its
 * new statements are announced to `events` (a duplicate announces nothing: it wrote none;
 * unless this is a re-run, see IngestOptions).
 */
export async function ingestArticle(
  db: Database,
  raw: IngestInput,
  by: Principal,
  events?: EventPublisher,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  const outcome = await recordArticle(db, raw, by, options.writeGroup);
  let announced = outcome.statementIds;
  if (outcome.duplicate && options.rerun && events) announced = await statementIdsOf(db, outcome.sourceId);
  const announcing = announceInBackground(db, events, announced);
  if (options.awaitAnnouncement) await announcing;
  return outcome;
}

/**
 * Several articles ingested as they would be one after another, in the order given, their
 * preparation (duplicate look-up, extraction) side by side and their writes handed to `group`
 * in that order, so it writes them together. Answers each article's outcome, or the error it
 * failed with, in the order given; the others are not held up by one that fails.
 */
export async function ingestArticlesInOrder(
  db: Database,
  raws: readonly IngestInput[],
  by: Principal,
  group: ArticleWriteGroup,
  events?: EventPublisher,
): Promise<Array<PromiseSettledResult<IngestOutcome>>> {
  const prepared = await Promise.allSettled(raws.map((raw) => prepareArticle(db, raw)));
  const written = prepared.map((step) => {
    if (step.status === 'rejected') return Promise.reject(step.reason);
    return 'input' in step.value ? group.write(step.value, by) : Promise.resolve(step.value);
  });
  const outcomes = await Promise.allSettled(written);
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') void announceInBackground(db, events, outcome.value.statementIds);
  }
  return outcomes;
}

async function statementIdsOf(db: Database, sourceId: string): Promise<string[]> {
  const statements = await db.readTransaction('ingest.stored-statements', (tx) =>
    statementsOfSourceIn(tx, sourceId),
  );
  return statements.map((statement) => statement.id);
}

async function recordArticle(
  db: Database,
  raw: IngestInput,
  by: Principal,
  group: ArticleWriteGroup | undefined,
): Promise<IngestOutcome> {
  const prepared = await prepareArticle(db, raw);
  if (!('input' in prepared)) return prepared;
  return group ? group.write(prepared, by) : recordPrepared(db, prepared, by);
}

/** An article validated, found not to be stored already, and extracted: ready to write. */
export interface PreparedArticle {
  input: ValidArticle;
  hash: string;
  extraction: ExtractionResult;
}

/**
 * Everything an ingest does before its write transaction: validation (which throws for an
 * article that breaks the contract), the look-up of a stored copy, and the extraction.
 */
export async function prepareArticle(
  db: Database,
  raw: IngestInput,
): Promise<PreparedArticle | IngestOutcome> {
  const input = validateArticle(raw);
  const hash = contentHash(input.text);
  const known = await knownDuplicate(db, input, hash);
  if (known !== undefined) return duplicateOf(known);
  return { input, hash, extraction: await extractArticle(input) };
}

/** A prepared article written in a transaction of its own. */
export async function recordPrepared(
  db: Database,
  article: PreparedArticle,
  by: Principal,
): Promise<IngestOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.write('ingest.article', (tx) => writeArticleIn(tx, article, by));
    } catch (error) {
      if (error instanceof StoredArticle)
        return updateStoredArticle(db, error.sourceId, article.input, article.extraction, by);
      // Another text under the same URL committed between our look-up and our write (the URL
      // is unique): once more, and the look-up finds it.
      if (error instanceof ConflictError && attempt === 1) continue;
      throw error;
    }
  }
}

/**
 * Several prepared articles written in ONE transaction, one after another, each as it would
 * be alone (a later one sees the earlier ones' claims, actors and text): one commit, and one
 * refresh of each full-text index, instead of one per article. Each article is still written
 * whole or not at all. Answers undefined, having written nothing, when any of them would not
 * write as a new article (stored meanwhile, a conflict, an error): the caller then writes each
 * alone, so one bad article fails alone.
 */
export async function recordPreparedTogether(
  db: Database,
  articles: ReadonlyArray<{ article: PreparedArticle; by: Principal }>,
): Promise<IngestOutcome[] | undefined> {
  try {
    return await db.write('ingest.articles', async (tx) => {
      const outcomes: IngestOutcome[] = [];
      for (const { article, by } of articles) outcomes.push(await writeArticleIn(tx, article, by));
      return outcomes;
    });
  } catch {
    return undefined;
  }
}

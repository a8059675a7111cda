// importClaimReviews: fact-checks attached to the claims they review, in one transaction for
// the whole document. Each review's words are looked up among the stored claims and compared
// by the claim matcher (src/link/review-match.ts); when none matches, the review's claim is
// created, and when the review names who made it, the fact-check becomes a source in which that
// claimant's statement expresses it. Fact-checkers and claimants are found by the resolver
// ingestion uses, or created. A review is known by its URL: importing it again changes nothing,
// a corrected one (a new verdict) is rewritten in place, keeping its claim unless its words
// changed.

import { isDeepStrictEqual } from 'node:util';
import type { Principal } from '../../domain/audit';
import { claimIdFor } from '../../domain/content-hash';
import type { Actor, Claim, ClaimReview, Source, Statement } from '../../domain/model';
import { actorIdFor } from '../../domain/names';
import { reviewedClaim } from '../../link/review-match';
import type { Database, Transaction } from '../../store/neo4j/database';
import { writeDataSet } from '../../store/repo/dataset-writer';
import { claimCandidates } from '../../store/repo/link-lookups';
import { claimIds } from '../../store/repo/locks';
import { storedReviewsIn, writeClaimReviews } from '../../store/repo/reviews';
import { sourceIdByUrl } from '../../store/repo/source-writes';
import { resolveNames } from '../ingest/resolve-actors';
import { audit } from '../writes/audit-trail';
import { digest } from '../writes/references';
import { type ParsedClaimReview, parseClaimReviews } from './parse-claim-reviews';

export type ReviewImportStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface ImportedReview {
  review: ClaimReview;
  status: ReviewImportStatus;
}

const reviewIdFor = (url: string) => `review:${digest(url)}`;

/** The actors the reviews name, found in the graph or to be created (`created`). */
async function namedActors(tx: Transaction, reviews: readonly ParsedClaimReview[]) {
  const wanted = new Map<string, Actor['kind']>();
  for (const review of reviews) {
    wanted.set(review.authorName, 'ORGANIZATION');
    if (review.claimant) wanted.set(review.claimant.name, review.claimant.person ? 'PERSON' : 'ORGANIZATION');
  }
  const matches = await resolveNames(tx, [...wanted.keys()]);
  const ids = new Map<string, string>();
  const created: Actor[] = [];
  for (const [name, kind] of wanted) {
    const match = matches.get(name);
    if (match) ids.set(name, match.id);
    else {
      const id = actorIdFor(name);
      ids.set(name, id);
      created.push({ id, name, kind, aliases: [], affiliations: [] });
    }
  }
  const claimed = await claimIds(
    tx,
    'Actor',
    created.map((actor) => actor.id),
  );
  return { ids, created: created.filter((actor) => claimed.has(actor.id)) };
}

/** The review as stored after this import, but for its claim (decided by the caller). */
function reviewRow(
  parsed: ParsedClaimReview,
  authorId: string,
): Omit<ClaimReview, 'claimId' | 'matchMethod' | 'matchScore'> {
  const { url, claimReviewed, ratingText, ratingValue, bestRating, worstRating, datePublished } = parsed;
  const optional = { ratingText, ratingValue, bestRating, worstRating, datePublished };
  return {
    id: reviewIdFor(url),
    url,
    claimReviewed,
    authorId,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}

export async function importClaimReviews(
  db: Database,
  jsonld: string,
  by: Principal,
): Promise<ImportedReview[]> {
  const parsed = parseClaimReviews(jsonld);
  return db.write('mutation.import-claim-reviews', async (tx) => {
    const ids = parsed.map((review) => reviewIdFor(review.url));
    const fresh = await claimIds(tx, 'ClaimReview', ids);
    const stored = await storedReviewsIn(
      tx,
      ids.filter((id) => !fresh.has(id)),
    );
    const actors = await namedActors(tx, parsed);
    const candidates = await claimCandidates(
      tx,
      parsed.map((review, index) => ({
        key: String(index),
        words: review.claimReviewed,
        speakerId: review.claimant ? (actors.ids.get(review.claimant.name) as string) : '',
      })),
    );
    const claims: Claim[] = [];
    const sources: Source[] = [];
    const statements: Statement[] = [];
    const outcome: ImportedReview[] = [];
    for (const [index, review] of parsed.entries()) {
      const base = reviewRow(review, actors.ids.get(review.authorName) as string);
      const before = stored.get(base.id);
      let decided: Pick<ClaimReview, 'claimId' | 'matchMethod' | 'matchScore'>;
      if (before && before.claimReviewed === review.claimReviewed) {
        decided = { claimId: before.claimId, matchMethod: before.matchMethod, matchScore: before.matchScore };
      } else {
        const match = reviewedClaim(review.claimReviewed, candidates.get(String(index)) ?? []);
        if (match) decided = { claimId: match.claimId, matchMethod: match.method, matchScore: match.score };
        else {
          decided = { claimId: claimIdFor(review.claimReviewed), matchMethod: 'new', matchScore: 1 };
          claims.push({ id: decided.claimId, text: review.claimReviewed, topicIds: [] });
          if (review.claimant) {
            // The fact-check carries the claimant's claim: the review is where it is recorded.
            // A fact-check already in the graph (ingested as an article) is used as it is.
            const existing = await sourceIdByUrl(tx, review.url);
            const sourceId = existing ?? `source:review-${digest(review.url)}`;
            if (!existing)
              sources.push({
                id: sourceId,
                kind: 'ARTICLE',
                url: review.url,
                outletId: base.authorId,
                derivedFrom: [],
                ...(review.title ? { title: review.title } : {}),
                ...(review.datePublished ? { publishedAt: review.datePublished } : {}),
              });
            statements.push({
              id: `stmt:review-${digest(review.url)}`,
              sourceId,
              speakerId: actors.ids.get(review.claimant.name) as string,
              text: review.claimReviewed,
              direct: false,
              cue: 'claim',
              viaIds: [],
              claimId: decided.claimId,
              confidence: 1,
              claimMethod: 'new',
              claimScore: 1,
            });
          }
        }
      }
      const after: ClaimReview = { ...base, ...decided } as ClaimReview;
      const status: ReviewImportStatus = !before
        ? 'CREATED'
        : isDeepStrictEqual(before, after)
          ? 'UNCHANGED'
          : 'UPDATED';
      outcome.push({ review: after, status });
    }
    const changed = outcome.filter((item) => item.status !== 'UNCHANGED');
    await writeDataSet(
      tx,
      {
        actors: actors.created,
        topics: [],
        sources,
        claims,
        claimLinks: [],
        statements,
        stances: [],
      },
      { 'write-claims': 'add' },
    );
    await writeClaimReviews(
      tx,
      changed.map((item) => item.review),
    );
    for (const item of changed) {
      await audit(tx, by, {
        operation: 'IMPORT_CLAIM_REVIEW',
        targetKind: 'ClaimReview',
        targetId: item.review.id,
        before: stored.get(item.review.id),
        after: item.review,
      });
    }
    return outcome;
  });
}

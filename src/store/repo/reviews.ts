// Fact-checks (ClaimReview nodes): written inside an import's transaction, read by id and per
// claim for the API.

import type { ClaimReview, ReviewMatchMethod } from '../../domain/model';
import type { Database, Transaction } from '../neo4j/database';
import { int, neo4jDate, toIsoDate } from '../neo4j/values';
import { cypher } from './cypher';

type Row = Record<string, unknown>;

const num = (value: unknown) => (value == null ? undefined : Number(value));

export function toClaimReview(row: Row): ClaimReview {
  const datePublished = toIsoDate(row.datePublished);
  const optional = {
    ratingText: row.ratingText == null ? undefined : String(row.ratingText),
    ratingValue: num(row.ratingValue),
    bestRating: num(row.bestRating),
    worstRating: num(row.worstRating),
    datePublished,
  };
  return {
    id: String(row.id),
    url: String(row.url),
    claimReviewed: String(row.claimReviewed),
    claimId: String(row.claimId),
    authorId: String(row.authorId),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    matchMethod: row.matchMethod as ReviewMatchMethod,
    matchScore: Number(row.matchScore),
  };
}

export async function storedReviewsIn(
  tx: Transaction,
  ids: readonly string[],
): Promise<Map<string, ClaimReview>> {
  const result = await tx.run(cypher('claim-reviews-by-ids'), { ids: [...ids] });
  const reviews = result.records.map((record) => toClaimReview(record.get('review') as Row));
  return new Map(reviews.map((review) => [review.id, review]));
}

export async function writeClaimReviews(tx: Transaction, reviews: readonly ClaimReview[]): Promise<void> {
  if (reviews.length === 0) return;
  const rows = reviews.map((review) => ({
    ...review,
    ratingText: review.ratingText ?? null,
    ratingValue: review.ratingValue ?? null,
    bestRating: review.bestRating ?? null,
    worstRating: review.worstRating ?? null,
    datePublished: neo4jDate(review.datePublished),
  }));
  await tx.run(cypher('write-claim-reviews'), { rows });
}

/** Each claim's reviews, newest first, at most `limit` each; one round trip for all. */
export async function reviewsOfClaims(
  db: Database,
  claimIds: readonly string[],
  limit: number,
): Promise<Map<string, ClaimReview[]>> {
  const result = await db.read('claims.reviews', cypher('claim-reviews-of-claims'), {
    claimIds: [...claimIds],
    limit: int(limit),
  });
  return new Map(
    result.records.map((record) => [
      String(record.get('claimId')),
      (record.get('reviews') as Row[]).map(toClaimReview),
    ]),
  );
}

// Claims with what a schema.org Claim says of them (claims-for-export.cypher), for a page of
// ids at a time.

import type { ActorKind, IsoDate, SourceKind } from '../../domain/model';
import type { Database } from '../neo4j/database';
import { int, toIsoDate } from '../neo4j/values';
import { cypher } from './cypher';

export interface ExportClaim {
  id: string;
  text: string;
  topics: string[];
  authors: Array<{ id: string; name: string; kind: ActorKind }>;
  /** earliest first, undated last */
  appearances: Array<{
    id: string;
    kind: SourceKind;
    title?: string;
    url?: string;
    publishedAt?: IsoDate;
    outlet?: string;
  }>;
  reviews: Array<{
    url: string;
    claimReviewed: string;
    ratingText?: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
    datePublished?: IsoDate;
    author?: string;
  }>;
}

type Row = Record<string, unknown>;

const text = (value: unknown) => (value == null ? undefined : String(value));
const number = (value: unknown) => (value == null ? undefined : Number(value));

/** Drops the keys whose value is undefined (optional properties stay absent). */
function defined<T extends Row>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as T;
}

function appearance(row: Row): ExportClaim['appearances'][number] {
  return defined({
    id: String(row.id),
    kind: row.kind as SourceKind,
    title: text(row.title),
    url: text(row.url),
    publishedAt: toIsoDate(row.publishedAt),
    outlet: text(row.outlet),
  }) as ExportClaim['appearances'][number];
}

function review(row: Row): ExportClaim['reviews'][number] {
  return defined({
    url: String(row.url),
    claimReviewed: String(row.claimReviewed),
    ratingText: text(row.ratingText),
    ratingValue: number(row.ratingValue),
    bestRating: number(row.bestRating),
    worstRating: number(row.worstRating),
    datePublished: toIsoDate(row.datePublished),
    author: text(row.author),
  }) as ExportClaim['reviews'][number];
}

export async function claimsForExport(
  db: Database,
  ids: readonly string[],
  appearances = 100,
): Promise<ExportClaim[]> {
  const result = await db.read('export.claims', cypher('claims-for-export'), {
    ids: [...ids],
    appearances: int(appearances),
  });
  return result.records.map((record) => {
    const claim = record.get('claim') as Row;
    return {
      id: String(claim.id),
      text: String(claim.text),
      topics: (claim.topics as unknown[]).map(String),
      authors: (claim.authors as Row[]).map((a) => ({
        id: String(a.id),
        name: String(a.name),
        kind: a.kind as ActorKind,
      })),
      appearances: (claim.appearances as Row[]).map(appearance),
      reviews: (claim.reviews as Row[]).map(review),
    };
  });
}

/** Up to `limit` claim ids after `after`, in id order. */
export async function claimIdsPage(db: Database, after: string | null, limit: number): Promise<string[]> {
  const result = await db.read('export.claim-ids', cypher('claim-ids-page'), { after, limit: int(limit) });
  return result.records.map((record) => String(record.get('id')));
}

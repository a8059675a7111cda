// claims.jsonld: schema.org Claim objects (docs/model.md#mapping-to-schemaorg): the text, its
// authors (the speakers of its statements), about its topics, every appearance (at most 100,
// earliest first) and the first, dated by it, with the fact-checks that review it attached by
// "@reverse" itemReviewed. The @context is inline: reading it fetches nothing. Without a filter
// every claim, in id order; with one, the claims of the statements it selects, each once (a
// claim met again after MAX_REMEMBERED others may be written again: JSON-LD merges node objects
// with one @id, so the graph is the same).

import type { Database } from '../../store/neo4j/database';
import { claimIdsPage, claimsForExport, type ExportClaim } from '../../store/repo/export-claims';
import { iriOf } from './prov-nodes';
import type { ExportProgress, StatementExportRow } from './statement-rows';

const CONTEXT = {
  '@vocab': 'https://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  datePublished: { '@type': 'xsd:date' },
  url: { '@type': '@id' },
};

const ACTOR_TYPES: Partial<Record<string, string>> = {
  PERSON: 'Person',
  ANONYMOUS: 'Person',
  GOVERNMENT: 'GovernmentOrganization',
  AGENCY: 'GovernmentOrganization',
  COMPANY: 'Corporation',
  MEDIA: 'NewsMediaOrganization',
};

const SOURCE_TYPES: Partial<Record<string, string>> = {
  ARTICLE: 'NewsArticle',
  WIRE_REPORT: 'NewsArticle',
  SOCIAL_POST: 'SocialMediaPosting',
};

const BATCH = 200;
const MAX_REMEMBERED = 100_000;

function defined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

export function claimObject(claim: ExportClaim, base: string): Record<string, unknown> {
  const first = claim.appearances[0];
  return defined({
    '@type': 'Claim',
    '@id': iriOf(base, claim.id),
    text: claim.text,
    author: claim.authors.map((author) => ({
      '@type': ACTOR_TYPES[author.kind] ?? 'Organization',
      '@id': iriOf(base, author.id),
      name: author.name,
    })),
    about: claim.topics.map((name) => ({ '@type': 'Thing', name })),
    datePublished: first?.publishedAt,
    firstAppearance: first ? { '@id': iriOf(base, first.id) } : undefined,
    appearance: claim.appearances.map((source) =>
      defined({
        '@type': SOURCE_TYPES[source.kind] ?? 'CreativeWork',
        '@id': iriOf(base, source.id),
        headline: source.title,
        url: source.url,
        datePublished: source.publishedAt,
        publisher: source.outlet ? { '@type': 'Organization', name: source.outlet } : undefined,
      }),
    ),
    '@reverse':
      claim.reviews.length === 0
        ? undefined
        : {
            itemReviewed: claim.reviews.map((review) =>
              defined({
                '@type': 'ClaimReview',
                url: review.url,
                claimReviewed: review.claimReviewed,
                datePublished: review.datePublished,
                author: review.author ? { '@type': 'Organization', name: review.author } : undefined,
                reviewRating: defined({
                  '@type': 'Rating',
                  alternateName: review.ratingText,
                  ratingValue: review.ratingValue,
                  bestRating: review.bestRating,
                  worstRating: review.worstRating,
                }),
              }),
            ),
          },
  });
}

/** Claim ids to write, a batch at a time: every claim, or each filtered statement's once. */
async function* claimIdBatches(
  db: Database,
  rows: AsyncIterable<StatementExportRow> | null,
): AsyncGenerator<string[]> {
  if (rows === null) {
    let after: string | null = null;
    for (;;) {
      const ids = await claimIdsPage(db, after, BATCH);
      if (ids.length > 0) yield ids;
      if (ids.length < BATCH) return;
      after = ids.at(-1) as string;
    }
  }
  const seen = new Set<string>();
  let batch: string[] = [];
  for await (const row of rows) {
    const id = row.claim?.id;
    if (!id || seen.has(id)) continue;
    if (seen.size >= MAX_REMEMBERED) seen.clear();
    seen.add(id);
    batch.push(id);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** `rows` null: every claim. */
export async function* claimsJsonLd(
  db: Database,
  rows: AsyncIterable<StatementExportRow> | null,
  base: string,
  onProgress?: (progress: ExportProgress) => void,
): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(CONTEXT)},\n"@graph":[\n`;
  let first = true;
  let written = 0;
  for await (const ids of claimIdBatches(db, rows)) {
    const claims = await claimsForExport(db, ids);
    const lines = claims.map((claim) => JSON.stringify(claimObject(claim, base)));
    if (lines.length === 0) continue;
    yield `${first ? '' : ',\n'}${lines.join(',\n')}`;
    first = false;
    written += lines.length;
    onProgress?.({ rows: written });
  }
  yield '\n]}\n';
}

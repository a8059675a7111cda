// Issue 12: fact-checks (schema.org ClaimReview JSON-LD, written here in our own words) attach
// to the claims they review, idempotently by URL; bad documents write nothing.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../src/platform/project-root';
import { graphChecksum, resetToSeed } from '../../support/graph-state';
import { type GraphQLResponse, useHarness } from '../../support/harness';
import { TEST_URI_ENV } from '../../support/test-database';

const IMPORT = `mutation($jsonld: String!) {
  importClaimReviews(jsonld: $jsonld) {
    status
    review { url ratingText ratingValue bestRating worstRating datePublished matchMethod matchScore
      author { name kind } claim { id text } }
  }
}`;

const REVIEWS = `query($id: ID!) {
  claim(id: $id) { reviews { url ratingText author { name } claimReviewed } }
}`;

function review(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factcheck.example/2019/03/5g-6g',
    claimReviewed: 'The United States should adopt 5G and even 6G technology as soon as possible.',
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Donald Trump' } },
    author: { '@type': 'Organization', name: 'Example Fact Desk' },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Half true',
    },
    datePublished: '2019-03-20',
    ...overrides,
  };
}

interface Imported {
  importClaimReviews: Array<{
    status: string;
    review: {
      url: string;
      ratingText: string | null;
      matchMethod: string;
      matchScore: number;
      author: { name: string; kind: string };
      claim: { id: string; text: string };
    };
  }>;
}

const code = (response: Pick<GraphQLResponse, 'errors'>) => response.errors?.[0]?.extensions;

describe('importClaimReviews', () => {
  const harness = useHarness({ restoreSeed: true });
  beforeEach(() => resetToSeed(harness.db));
  const importing = (document: unknown, role: 'editor' | 'reader' = 'editor') =>
    harness.gql<Imported>(IMPORT, { jsonld: JSON.stringify(document) }, { role });

  it('attaches a fact-check to the seed claim it reviews, and a repeat changes nothing', async () => {
    const first = await importing(review());
    expect(first.errors).toBeUndefined();
    expect(first.data?.importClaimReviews).toEqual([
      {
        status: 'CREATED',
        review: expect.objectContaining({
          url: 'https://factcheck.example/2019/03/5g-6g',
          ratingText: 'Half true',
          matchMethod: 'EXACT',
          matchScore: 1,
          author: { name: 'Example Fact Desk', kind: 'ORGANIZATION' },
          claim: expect.objectContaining({ id: 'claim:us-should-adopt-5g-6g-asap' }),
        }),
      },
    ]);
    const reviews = await harness.gql<{ claim: { reviews: Array<{ ratingText: string }> } }>(REVIEWS, {
      id: 'claim:us-should-adopt-5g-6g-asap',
    });
    expect(reviews.data?.claim.reviews.map((r) => r.ratingText)).toEqual(['Half true']);

    const before = await graphChecksum(harness.db);
    const again = await importing(review());
    expect(again.data?.importClaimReviews[0]?.status).toBe('UNCHANGED');
    expect(await graphChecksum(harness.db)).toBe(before);

    const corrected = await importing(
      review({
        reviewRating: { ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
      }),
    );
    expect(corrected.data?.importClaimReviews[0]).toMatchObject({
      status: 'UPDATED',
      review: { ratingText: 'Mostly false' },
    });
    const trail = await harness.gql<{ auditTrail: { edges: Array<{ node: { operation: string } }> } }>(
      '{ auditTrail(operation: IMPORT_CLAIM_REVIEW) { edges { node { operation } } } }',
      {},
      { role: 'admin' },
    );
    expect(trail.data?.auditTrail.edges).toHaveLength(2);
  });

  it('gives an unmatched review a claim of its own, said by its claimant in the fact-check, in any script', async () => {
    const document = {
      '@context': { '@vocab': 'https://schema.org/' },
      '@graph': [
        review(),
        {
          '@type': 'schema:ClaimReview',
          'schema:url': 'https://factcheck.example/zh/cable',
          'schema:claimReviewed': '海底电缆在三月被故意切断',
          'schema:itemReviewed': { '@type': 'Claim', author: { '@type': 'Person', name: '王小明' } },
          'schema:author': { '@type': 'Organization', name: 'Example Fact Desk' },
          'schema:reviewRating': { '@type': 'Rating', alternateName: [{ '@value': '缺乏证据' }] },
          'schema:name': '电缆说法核查',
        },
      ],
    };
    const imported = await importing(document);
    expect(imported.errors).toBeUndefined();
    const fresh = imported.data?.importClaimReviews[1];
    expect(fresh).toMatchObject({
      status: 'CREATED',
      review: { matchMethod: 'NEW', ratingText: '缺乏证据', claim: { text: '海底电缆在三月被故意切断' } },
    });
    const claim = await harness.gql<{
      claim: {
        statements: {
          edges: Array<{
            node: {
              speaker: { name: string };
              cue: string;
              source: { url: string; title: string; outlet: { name: string } };
            };
          }>;
        };
      };
    }>(
      `{ claim(id: "${fresh?.review.claim.id}") { statements { edges { node { speaker { name } cue source { url title outlet { name } } } } } } }`,
    );
    expect(claim.data?.claim.statements.edges.map((e) => e.node)).toEqual([
      {
        speaker: { name: '王小明' },
        cue: 'claim',
        source: {
          url: 'https://factcheck.example/zh/cable',
          title: '电缆说法核查',
          outlet: { name: 'Example Fact Desk' },
        },
      },
    ]);
    // One fact-checker, found again for the second review rather than created twice.
    const desks = await harness.gql<{ actors: { totalCount: number } }>(
      '{ actors(search: "Example Fact Desk") { totalCount } }',
    );
    expect(desks.data?.actors.totalCount).toBe(1);
  });

  it('answers BAD_USER_INPUT naming the field, and writes nothing, for a document it cannot read', async () => {
    const before = await graphChecksum(harness.db);
    const cases: Array<[string, string]> = [
      ['{ not json', 'jsonld'],
      [JSON.stringify([review(), review({ url: undefined })]), 'jsonld[1].url'],
      [JSON.stringify(review({ '@type': 'NewsArticle' })), 'jsonld.@type'],
      [
        JSON.stringify(review({ reviewRating: { ratingValue: 9, bestRating: 5, worstRating: 1 } })),
        'jsonld.reviewRating.ratingValue',
      ],
      [JSON.stringify(review({ reviewRating: { '@type': 'Rating' } })), 'jsonld.reviewRating'],
      [JSON.stringify(review({ author: undefined })), 'jsonld.author'],
      [JSON.stringify(review({ datePublished: 'last week' })), 'jsonld.datePublished'],
      [JSON.stringify([review(), review()]), 'jsonld[1].url'],
    ];
    for (const [jsonld, field] of cases) {
      const response = await harness.gql(IMPORT, { jsonld });
      expect({ field, extensions: code(response) }).toEqual({
        field,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
    expect(await graphChecksum(harness.db)).toBe(before);
  });

  it('needs an editor', async () => {
    const response = await importing(review(), 'reader');
    expect(code(response)?.code).toBe('FORBIDDEN');
  });

  it('imports a folder from the command line, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-reviews-'));
    try {
      writeFileSync(join(dir, 'one.jsonld'), JSON.stringify(review()));
      const run = () =>
        new Promise<{ status: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import-claimreview.ts', dir], {
            cwd: projectRoot(),
            env: { ...process.env, NEO4J_URI: process.env[TEST_URI_ENV] },
          });
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
          });
          child.on('exit', (status) => resolve({ status, out }));
        });
      const first = await run();
      expect(first.status).toBe(0);
      expect(first.out).toContain(
        'created https://factcheck.example/2019/03/5g-6g -> claim:us-should-adopt-5g-6g-asap (exact)',
      );
      const second = await run();
      expect(second.out).toContain('0 reviews created, 0 updated, 1 unchanged');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Issue 12: claims.jsonld, schema.org Claims with their first appearance and fact-checks,
// expanded with jsonld.js with remote contexts refused, and checked against the seed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import type { GraphDataSet } from '../../../src/domain/model';
import { projectRoot } from '../../../src/platform/project-root';
import { useHarness } from '../../support/harness';

const S = 'https://schema.org/';
const seed = JSON.parse(
  readFileSync(join(projectRoot(), 'seed', 'independent-2019-03-14', 'dataset.json'), 'utf8'),
) as GraphDataSet;

type Expanded = Array<Record<string, Array<Record<string, unknown>> | string | string[]>>;

const offline = async (url: string) => {
  throw new Error(`the export asked to load ${url}`);
};

const values = (node: Record<string, unknown>, term: string) =>
  ((node[`${S}${term}`] as Array<Record<string, unknown>> | undefined) ?? []).map(
    (v) => v['@value'] ?? v['@id'],
  );

describe('GET /export/claims.jsonld', () => {
  const harness = useHarness({ restoreSeed: true });

  async function claims(query = ''): Promise<Map<string, Record<string, unknown>>> {
    const response = await harness.server.fetch(`http://claimgraph.test/export/claims.jsonld${query}`);
    expect(response.status).toBe(200);
    const expanded = (await jsonld.expand((await response.json()) as object, {
      documentLoader: offline as never,
    })) as Expanded;
    const found = new Map<string, Record<string, unknown>>();
    for (const node of expanded) {
      if ((node['@type'] as string[]).includes(`${S}Claim`)) found.set(String(node['@id']), node);
    }
    return found;
  }

  it('writes every seed claim with its authors, appearances and first appearance', async () => {
    const all = await claims();
    expect([...all.keys()].sort()).toEqual(seed.claims.map((claim) => `urn:claimgraph:${claim.id}`).sort());
    const claim = all.get('urn:claimgraph:claim:us-should-adopt-5g-6g-asap') as Record<string, unknown>;
    expect(values(claim, 'text')).toEqual([
      seed.claims.find((c) => c.id === 'claim:us-should-adopt-5g-6g-asap')?.text,
    ]);
    expect(values(claim, 'firstAppearance')).toEqual(['urn:claimgraph:source:trump-tweet-2019-02-21-5g-6g']);
    expect(values(claim, 'datePublished')).toEqual(['2019-02-21']);
    expect((values(claim, 'appearance') as string[]).sort()).toEqual([
      'urn:claimgraph:source:independent-2019-03-14-huawei-nato',
      'urn:claimgraph:source:trump-tweet-2019-02-21-5g-6g',
    ]);
    const authors = (claim[`${S}author`] as Array<Record<string, unknown>>).map((a) => values(a, 'name')[0]);
    expect(authors).toEqual(['Donald Trump']);
  });

  it('takes the statements filter: only the claims a speaker’s statements express', async () => {
    const trump = await claims('?speaker=Trump');
    const expected = new Set(
      seed.statements
        .filter((s) => s.speakerId === 'actor:donald-trump')
        .map((s) => `urn:claimgraph:${s.claimId}`),
    );
    expect([...trump.keys()].sort()).toEqual([...expected].sort());
  });

  it('attaches the fact-checks that review a claim', async () => {
    const imported = await harness.gql(
      'mutation($jsonld: String!) { importClaimReviews(jsonld: $jsonld) { status } }',
      {
        jsonld: JSON.stringify({
          '@type': 'ClaimReview',
          url: 'https://factcheck.example/evidence',
          claimReviewed:
            'The US must produce evidence against Huawei; it is singling Huawei out when cybersecurity concerns everyone.',
          author: { '@type': 'Organization', name: 'Example Fact Desk' },
          reviewRating: {
            '@type': 'Rating',
            ratingValue: 4,
            bestRating: 5,
            worstRating: 1,
            alternateName: 'Mostly true',
          },
          datePublished: '2019-03-21',
        }),
      },
    );
    expect(imported.errors).toBeUndefined();
    const response = await harness.server.fetch('http://claimgraph.test/export/claims.jsonld?speaker=Ren');
    const expanded = (await jsonld.expand((await response.json()) as object, {
      documentLoader: offline as never,
    })) as Expanded;
    // The review points at the claim (itemReviewed), written inside the claim by @reverse.
    const claim = expanded.find(
      (node) => node['@id'] === 'urn:claimgraph:claim:us-singles-out-huawei-without-evidence',
    );
    const reverse = claim?.['@reverse'] as unknown as Record<string, Array<Record<string, unknown>>>;
    const review = reverse?.[`${S}itemReviewed`]?.[0];
    expect((review?.['@type'] as string[] | undefined) ?? []).toContain(`${S}ClaimReview`);
    expect(values(review as Record<string, unknown>, 'url')).toEqual(['https://factcheck.example/evidence']);
    const ratings = (review?.[`${S}reviewRating`] ?? []) as Array<Record<string, unknown>>;
    const rating = ratings[0] ?? {};
    expect(values(rating, 'alternateName')).toEqual(['Mostly true']);
    expect(values(rating, 'ratingValue')).toEqual([4]);
  });
});

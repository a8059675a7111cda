// An anonymous spokesperson speaks for an organisation: a stance they state is the
// organisation's, not the spokesperson's (src/core/ingest/linkable.ts).

import { ingestArticle } from '../../../src/core/ingest/ingest-article';
import { useHarness } from '../../support/harness';

// Written for this test; no publisher's text.
const ARTICLE = {
  title: 'Norrvik port operator backs harbour levy',
  outlet: 'The Norrvik Tribune',
  publishedAt: '2026-10-06',
  url: 'https://tribune.example/2026/10/harbour-levy',
  text: [
    'Norrvik port operator backs harbour levy',
    '“We support the harbour levy, and we will pay our share of it,” a Norrvik Ports spokesperson said on Monday.',
    '“Nobody in the port wants to delay it,” the spokesperson said.',
  ].join('\n\n'),
};

interface StanceView {
  polarity: string;
  about: string;
  since: string;
}

describe('stances of an anonymous spokesperson', () => {
  const harness = useHarness({ restoreSeed: true });

  it('are held by the organisation they speak for, toward a policy and toward an actor', async () => {
    const outcome = await ingestArticle(harness.db, ARTICLE, 'test');
    expect(outcome.statementIds.length).toBeGreaterThanOrEqual(2);
    const stancesOf = async (name: string) => {
      const response = await harness.gql<{
        actor: { kind: string; stances: { edges: Array<{ node: StanceView }> } } | null;
      }>(
        'query ($name: String!) { actor(name: $name) { kind stances(first: 10) { edges { node { polarity about since } } } } }',
        { name },
      );
      expect(response.errors).toBeUndefined();
      return response.data?.actor;
    };
    const operator = await stancesOf('Norrvik Ports');
    expect(operator?.stances.edges.map((edge) => edge.node)).toEqual([
      { polarity: 'SUPPORT', about: 'harbour levy', since: '2026-10-05' },
    ]);
    const statements = await harness.gql<{
      statements: { edges: Array<{ node: { speaker: { id: string; kind: string } } }> };
    }>(
      'query ($id: ID!) { statements(filter: { sourceId: $id }) { edges { node { speaker { id kind } } } } }',
      { id: outcome.sourceId },
    );
    const speakers = statements.data?.statements.edges.map((edge) => edge.node.speaker) ?? [];
    expect(speakers.every((speaker) => speaker.kind === 'ANONYMOUS')).toBe(true);
    for (const { id } of speakers) {
      const held = await harness.gql<{ actor: { stances: { totalCount: number } } }>(
        'query ($id: ID!) { actor(id: $id) { stances(first: 1) { totalCount } } }',
        { id },
      );
      expect(held.data?.actor.stances.totalCount).toBe(0);
    }
  });
});

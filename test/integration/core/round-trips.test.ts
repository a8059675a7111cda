// The N+1 guard: a nested query costs one Cypher round trip per nesting level, however many
// parents each level has.

import type { GraphDataSet } from '../../../src/domain/model';
import { writeDataSet } from '../../../src/store/repo/dataset-writer';
import { type Harness, openHarness } from '../../support/harness';

const ACTORS = 20;
const STATEMENTS_EACH = 20;

function nestedFixture(): Partial<GraphDataSet> {
  const outlets = ['rt:outlet-a', 'rt:outlet-b', 'rt:outlet-c'];
  const data: Partial<GraphDataSet> = {
    actors: [
      ...outlets.map((id) => ({
        id,
        name: `Roundtrip outlet ${id}`,
        kind: 'MEDIA' as const,
        aliases: [],
        affiliations: [],
      })),
      ...Array.from({ length: ACTORS }, (_, a) => ({
        id: `rt:actor-${a}`,
        name: `Roundtrip speaker ${String(a).padStart(2, '0')}`,
        kind: 'PERSON' as const,
        aliases: [],
        affiliations: [],
      })),
    ],
    sources: Array.from({ length: 50 }, (_, s) => ({
      id: `rt:source-${s}`,
      kind: 'ARTICLE' as const,
      title: `Roundtrip article ${s}`,
      outletId: outlets[s % outlets.length],
      publishedAt: `2020-01-${String((s % 28) + 1).padStart(2, '0')}`,
      derivedFrom: [],
    })),
    statements: [],
  };
  for (let a = 0; a < ACTORS; a++) {
    for (let s = 0; s < STATEMENTS_EACH; s++) {
      data.statements?.push({
        id: `rt:statement-${a}-${s}`,
        sourceId: `rt:source-${(a * 7 + s) % 50}`,
        speakerId: `rt:actor-${a}`,
        text: `Roundtrip statement ${s} by speaker ${a}`,
        direct: true,
        cue: 'say',
        viaIds: [],
        confidence: 1,
      });
    }
  }
  return data;
}

describe('Cypher round trips per request', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = openHarness();
    await harness.db.write('test.fixture', (tx) => writeDataSet(tx, nestedFixture()));
  });
  afterAll(async () => {
    await harness.db.write('test.cleanup', (tx) =>
      tx.run("MATCH (n) WHERE n.id STARTS WITH 'rt:' DETACH DELETE n"),
    );
    await harness.close();
  });

  it('brings sources and outlets along with the statements of 20 actors: two round trips, not four', async () => {
    const response = await harness.gql<{
      actors: {
        edges: Array<{
          node: { statements: { edges: Array<{ node: { source: { outlet: { name: string } } } }> } };
        }>;
      };
    }>(`{
      actors(search: "Roundtrip speaker", first: 20) {
        edges { node { name statements(first: 20) { edges { node { text source { title outlet { name } } } } } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const actors = response.data?.actors.edges ?? [];
    expect(actors).toHaveLength(ACTORS);
    for (const actor of actors) expect(actor.node.statements.edges).toHaveLength(STATEMENTS_EACH);

    // The selection asks for each statement's source and its outlet, so the statements query
    // returns them too and primes the source and actor loaders.
    expect(response.queries.map((q) => q.operation)).toEqual(['actors.page', 'statements.of-actors']);
    expect(response.queries[1]?.params.ownerIds).toHaveLength(ACTORS);
    const outlets = actors.flatMap((a) => a.node.statements.edges.map((e) => e.node.source.outlet.name));
    expect(new Set(outlets)).toEqual(new Set(['a', 'b', 'c'].map((x) => `Roundtrip outlet rt:outlet-${x}`)));
  });

  it('looks ahead through fragments, and fetches nothing extra when the related objects are not selected', async () => {
    const withFragment = await harness.gql(`
      fragment Published on Statement { source { ... on Source { title outlet { name } } } }
      { actors(search: "Roundtrip speaker", first: 2) { edges { node { statements(first: 2) { edges { node { ...Published } } } } } } }`);
    expect(withFragment.errors).toBeUndefined();
    expect(withFragment.queries.map((q) => q.operation)).toEqual(['actors.page', 'statements.of-actors']);

    const bare = await harness.gql(`{
      actors(search: "Roundtrip speaker", first: 2) { edges { node { statements(first: 2) { edges { node { text } } } } } }
    }`);
    expect(bare.errors).toBeUndefined();
    expect(bare.queries.map((q) => q.operation)).toEqual(['actors.page', 'statements.of-actors']);
  });

  it('batches the same field across parents: the speakers of many statements come in one query', async () => {
    const response = await harness.gql(`{
      statements(filter: { text: "Roundtrip" }, first: 100) {
        edges { node { speaker { name affiliations { edges { node { title } } } } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    // The speakers come with the page; their affiliations are one batch for all 20 of them.
    expect(response.queries.map((q) => q.operation)).toEqual(['statements.page', 'actors.affiliations']);
    expect(response.queries[1]?.params.ownerIds).toHaveLength(ACTORS);
  });
});

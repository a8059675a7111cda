// The N+1 guard: a nested query costs one Cypher round trip per nesting level, however many
// parents each level has.

import type { GraphDataSet } from '../../src/domain/model';
import { writeDataSet } from '../../src/repo/dataset-writer';
import { type Harness, openHarness } from '../support/harness';

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

  it('costs one round trip per nesting level for 20 actors -> 20 statements each -> source -> outlet', async () => {
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

    expect(response.queries.map((q) => q.operation)).toEqual([
      'actors.page',
      'statements.of-actors',
      'sources.by-ids',
      'actors.by-ids',
    ]);
    // Each level is one batch holding every parent's key once.
    const [, statements, sources, outlets] = response.queries;
    expect(statements?.params.ownerIds).toHaveLength(ACTORS);
    expect(new Set(sources?.params.ids as string[]).size).toBe(50);
    expect([...((outlets?.params.ids as string[] | undefined) ?? [])].sort()).toEqual([
      'rt:outlet-a',
      'rt:outlet-b',
      'rt:outlet-c',
    ]);
  });

  it('batches the same field across parents: speakers of many statements in one query', async () => {
    const response = await harness.gql(`{
      statements(filter: { text: "Roundtrip" }, first: 100) { edges { node { speaker { name } claim { id } } } }
    }`);
    expect(response.queries.map((q) => q.operation)).toEqual(['statements.page', 'actors.by-ids']);
    expect(response.queries[1]?.params.ids).toHaveLength(ACTORS);
  });
});

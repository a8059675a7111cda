// Actor.aliases lists at most 100 names; a merge (or ingestion) can leave an actor with more.
// The list used to be cut without a word: aliasCount says how many there are.

import { useHarness } from '../../support/harness';

const names = (prefix: string) => Array.from({ length: 60 }, (_, i) => `${prefix} ${i + 1}`);

describe('aliasCount', () => {
  const harness = useHarness({ restoreSeed: true });

  it('regression: counts every alias of a merged actor where aliases shows the first 100', async () => {
    const ids: string[] = [];
    for (const [name, prefix] of [
      ['Alias Keeper', 'Keeper'],
      ['Alias Giver', 'Giver'],
    ] as const) {
      const created = await harness.gql<{ upsertActor: { id: string } }>(
        'mutation ($input: ActorInput!) { upsertActor(input: $input) { id } }',
        { input: { name, kind: 'PERSON', aliases: names(prefix) } },
        { role: 'editor' },
      );
      expect(created.errors).toBeUndefined();
      ids.push(created.data?.upsertActor.id as string);
    }
    const merged = await harness.gql(
      'mutation ($keep: ID!, $merge: ID!) { mergeActors(keepId: $keep, mergeId: $merge) { actor { id } } }',
      { keep: ids[0], merge: ids[1] },
      { role: 'admin' },
    );
    expect(merged.errors).toBeUndefined();
    const read = await harness.gql<{ actor: { aliases: string[]; aliasCount: number } }>(
      'query ($id: ID!) { actor(id: $id) { aliases aliasCount } }',
      { id: ids[0] },
    );
    expect(read.data?.actor.aliases).toHaveLength(100);
    // 60 + 60, and the merged actor's own name becomes one more.
    expect(read.data?.actor.aliasCount).toBe(121);
    const topic = await harness.gql<{
      topics: { edges: Array<{ node: { aliases: string[]; aliasCount: number } }> };
    }>('{ topics(first: 5) { edges { node { aliases aliasCount } } } }');
    for (const { node } of topic.data?.topics.edges ?? []) expect(node.aliasCount).toBe(node.aliases.length);
  });
});

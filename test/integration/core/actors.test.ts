import { useHarness } from '../../support/harness';
import { walkPages, withNodeLists } from '../../support/paging';

interface ActorNode {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}

describe('actors', () => {
  const harness = useHarness();

  it.each(['Stotlenberg', 'stotlenberg', 'MR STOTLENBERG', 'Jens Stoltenberg'])(
    'finds Jens Stoltenberg by the name or alias %j, case-insensitively',
    async (name) => {
      const response = await harness.gql<{ actor: ActorNode }>(
        'query ($name: String) { actor(name: $name) { id name kind aliases } }',
        { name },
      );
      expect(response.data?.actor).toMatchObject({
        id: 'actor:jens-stoltenberg',
        name: 'Jens Stoltenberg',
        kind: 'PERSON',
      });
      expect(response.data?.actor.aliases).toContain('Stotlenberg');
    },
  );

  it('answers null for a name nobody has', async () => {
    const response = await harness.gql('{ actor(name: "Johnston") { id } }');
    expect(response.data).toEqual({ actor: null });
  });

  it('rejects asking by both id and name', async () => {
    const response = await harness.gql('{ actor(id: "actor:nato", name: "NATO") { id } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('shows affiliations both ways: Stoltenberg is NATO Secretary-General, NATO lists him as member', async () => {
    const response = await harness.gql<{
      stoltenberg: { affiliations: Array<{ title: string; since: string; organization: { name: string } }> };
      nato: { members: Array<{ title: string; member: { name: string } }> };
    }>(`{
      stoltenberg: actor(id: "actor:jens-stoltenberg") { affiliations { edges { node { title since organization { name } } } } }
      nato: actor(name: "Nato") { members { edges { node { title member { name } } } } }
    }`);
    const data = withNodeLists<typeof response.data>(response.data);
    expect(data?.stoltenberg.affiliations).toEqual([
      { title: 'Secretary-General', since: '2014-10-01', organization: { name: 'NATO' } },
    ]);
    expect(data?.nato.members).toEqual([
      { title: 'Secretary-General', member: { name: 'Jens Stoltenberg' } },
    ]);
  });

  it('models anonymous speakers with their role and the organisation they act for', async () => {
    const response = await harness.gql<{
      actor: { kind: string; affiliations: Array<{ organization: { name: string } }> };
    }>(
      '{ actor(id: "actor:german-foreign-ministry-official") { kind affiliations { edges { node { organization { name } } } } } }',
    );
    expect(withNodeLists<typeof response.data>(response.data)?.actor).toEqual({
      kind: 'ANONYMOUS',
      affiliations: [{ organization: { name: 'Federal Foreign Office' } }],
    });
  });

  it('lists actors by name with kind filter and search over aliases', async () => {
    const media = await harness.gql<{
      actors: { totalCount: number; edges: Array<{ node: { name: string } }> };
    }>('{ actors(kind: MEDIA, first: 10) { totalCount edges { node { name } } } }');
    expect(media.data?.actors.edges.map((e) => e.node.name)).toEqual(['Bloomberg', 'CNN', 'The Independent']);
    expect(media.data?.actors.totalCount).toBe(3);

    const search = await harness.gql<{ actors: { edges: Array<{ node: { id: string } }> } }>(
      '{ actors(search: "Stotlenberg") { edges { node { id } } } }',
    );
    expect(search.data?.actors.edges.map((e) => e.node.id)).toEqual(['actor:jens-stoltenberg']);
  });

  it('pages through all actors two at a time forwards and backwards with no gap or repeat', async () => {
    const all = await harness.gql<{ actors: { edges: Array<{ node: { id: string } }> } }>(
      '{ actors(first: 100) { edges { node { id } } } }',
    );
    const expected = all.data?.actors.edges.map((e) => e.node.id) ?? [];
    expect(expected.length).toBeGreaterThan(10);

    const forward = await walkPages(
      harness,
      'query ($cursor: String) { actors(first: 2, after: $cursor) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }',
      'actors',
      'forward',
    );
    expect(forward.ids).toEqual(expected);
    expect(forward.pages).toBe(Math.ceil(expected.length / 2));
    const backward = await walkPages(
      harness,
      'query ($cursor: String) { actors(last: 2, before: $cursor) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }',
      'actors',
      'backward',
    );
    expect(backward.ids).toEqual(expected);
  });
});

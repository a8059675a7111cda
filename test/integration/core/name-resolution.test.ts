// Issue 17, finding 2: name arguments had to be exact; "Stoltenberg" or a misspelling found
// nothing. They now take a surname, a family name first or a guarded near-miss, resolved as
// ingestion resolves names, and a name several actors fit is an error listing them.

import { useHarness } from '../../support/harness';

type Actor = { actor: { name: string } | null };
type Count = { statements: { totalCount: number } };

describe('names as people type them', () => {
  const harness = useHarness({ restoreSeed: true });

  beforeAll(async () => {
    for (const name of ['Ana Ruizdelgado', 'Pablo Ruizdelgado']) {
      const created = await harness.gql(
        `mutation ($name: String!) { upsertActor(input: { name: $name, kind: PERSON }) { id } }`,
        { name },
      );
      expect(created.errors).toBeUndefined();
    }
  });

  it.each(['Stoltenberg', 'stoltenberg', 'Stotlenberg', 'Jens Stoltenberg'])(
    'regression: actor(name: %j) is Jens Stoltenberg',
    async (name) => {
      const response = await harness.gql<Actor>('query ($name: String!) { actor(name: $name) { name } }', {
        name,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.actor?.name).toBe('Jens Stoltenberg');
    },
  );

  it('regression: a surname filters statements as the full name does', async () => {
    const count = (speaker: string) =>
      harness.gql<Count>(
        'query ($speaker: String!) { statements(filter: { speaker: $speaker }) { totalCount } }',
        { speaker },
      );
    const full = (await count('Jens Stoltenberg')).data?.statements.totalCount;
    expect(full).toBeGreaterThan(0);
    expect((await count('Stoltenberg')).data?.statements.totalCount).toBe(full);
  });

  it('answers a name two actors fit with BAD_USER_INPUT naming both, not a silent pick', async () => {
    const response = await harness.gql<Actor>('{ actor(name: "Ruizdelgado") { name } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(
      /Ana Ruizdelgado .*Pablo Ruizdelgado|Pablo Ruizdelgado .*Ana Ruizdelgado/,
    );
    const filtered = await harness.gql('{ statements(filter: { speaker: "Ruizdelgado" }) { totalCount } }');
    expect(filtered.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('still answers null for a name nobody fits, in two round trips', async () => {
    const response = await harness.gql<Actor>('{ actor(name: "Xqzvbn Wlkjhg") { name } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.actor).toBeNull();
    expect(response.queries.map((q) => q.operation)).toEqual([
      'actors.ids-by-name',
      'actors.name-candidates',
    ]);
  });
});

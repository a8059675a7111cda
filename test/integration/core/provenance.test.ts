import { useHarness } from '../../support/harness';
import { withNodeLists } from '../../support/paging';

interface Step {
  position: number;
  role: string;
  relation: string;
  actor: { name: string } | null;
  source: { kind: string; outlet: { name: string } | null } | null;
}

const TRACE = `query ($id: ID!) {
  trace(statementId: $id) { position role relation actor { name } source { kind outlet { name } } }
}`;

describe('provenance traces', () => {
  const harness = useHarness();

  const trace = async (id: string) => (await harness.gql<{ trace: Step[] }>(TRACE, { id })).data?.trace;

  const PUBLICATION = {
    position: 2,
    role: 'PUBLICATION',
    relation: 'QUOTES',
    actor: { name: 'The Independent' },
    source: { kind: 'ARTICLE', outlet: { name: 'The Independent' } },
  };

  it('traces Ren Zhengfei’s "They have to have evidence…" through the CNN interview to the Independent', async () => {
    expect(await trace('stmt:ren-they-have-to-have-evidence')).toEqual([
      { position: 0, role: 'SPEAKER', relation: 'say', actor: { name: 'Ren Zhengfei' }, source: null },
      {
        position: 1,
        role: 'INTERMEDIARY',
        relation: 'INTERVIEW',
        actor: { name: 'CNN' },
        source: { kind: 'INTERVIEW', outlet: { name: 'CNN' } },
      },
      PUBLICATION,
    ]);
  });

  it('traces the anonymous foreign ministry official through Bloomberg', async () => {
    const steps = await trace('stmt:foreign-ministry-official-trustworthiness');
    expect(steps).toEqual([
      {
        position: 0,
        role: 'SPEAKER',
        relation: 'tell',
        actor: { name: 'German foreign ministry official' },
        source: null,
      },
      {
        position: 1,
        role: 'INTERMEDIARY',
        relation: 'WIRE_REPORT',
        actor: { name: 'Bloomberg' },
        source: { kind: 'WIRE_REPORT', outlet: { name: 'Bloomberg' } },
      },
      PUBLICATION,
    ]);
    const official = await harness.gql<{
      actor: { affiliations: Array<{ organization: { name: string } }> };
    }>(
      '{ actor(id: "actor:german-foreign-ministry-official") { affiliations { edges { node { organization { name } } } } } }',
    );
    expect(withNodeLists<typeof official.data>(official.data)?.actor.affiliations[0]?.organization.name).toBe(
      'Federal Foreign Office',
    );
  });

  it('traces Trump’s tweet through Twitter', async () => {
    expect(await trace('stmt:trump-tweet-win-through-competition')).toEqual([
      { position: 0, role: 'SPEAKER', relation: 'continue', actor: { name: 'Donald Trump' }, source: null },
      {
        position: 1,
        role: 'INTERMEDIARY',
        relation: 'SOCIAL_POST',
        actor: { name: 'Twitter' },
        source: { kind: 'SOCIAL_POST', outlet: { name: 'Twitter' } },
      },
      PUBLICATION,
    ]);
  });

  it('traces a statement the publication heard itself straight from speaker to publication', async () => {
    expect(await trace('stmt:stoltenberg-nato-takes-concerns-seriously')).toEqual([
      { position: 0, role: 'SPEAKER', relation: 'add', actor: { name: 'Jens Stoltenberg' }, source: null },
      { ...PUBLICATION, position: 1, relation: 'REPORTS' },
    ]);
  });

  it('regression: the trace of an unknown statement is NOT_FOUND, not an empty trace', async () => {
    const response = await harness.gql(TRACE, { id: 'stmt:nope' });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'statementId',
      id: 'stmt:nope',
    });
  });

  it('resolves a trace and every actor and source on it in one round trip', async () => {
    const response = await harness.gql(TRACE, { id: 'stmt:ren-they-have-to-have-evidence' });
    expect(response.queries.map((q) => q.operation)).toEqual(['trace.by-statement-ids']);
  });

  it('offers the trace on the statement, batched across statements', async () => {
    const response = await harness.gql<{ statements: { edges: Array<{ node: { trace: Step[] } }> } }>(
      '{ statements(first: 15) { edges { node { trace { role actor { name } } } } } }',
    );
    expect(response.data?.statements.edges).toHaveLength(15);
    expect(response.queries.map((q) => q.operation)).toEqual(['statements.page', 'trace.by-statement-ids']);
  });

  it('shows a source’s derivations both ways', async () => {
    const response = await harness.gql<{
      article: { derivedFrom: Array<{ relation: string; source: { id: string } }> };
      cnn: { derivatives: Array<{ relation: string; source: { id: string } }> };
    }>(`{
      article: source(url: "https://the-independent.com/tech/huawei-5g-nato-trump-tweets-phone-a8822966.html") {
        derivedFrom { edges { node { relation source { id } } } }
      }
      cnn: source(id: "source:cnn-interview-ren-zhengfei-2019") { derivatives { edges { node { relation source { id } } } } }
    }`);
    const data = withNodeLists<typeof response.data>(response.data);
    expect(data?.article.derivedFrom.map((d) => d.source.id).sort()).toEqual([
      'source:bloomberg-german-foreign-ministry-official',
      'source:cnn-interview-ren-zhengfei-2019',
      'source:trump-tweet-2019-02-21-5g-6g',
      'source:trump-tweet-2019-02-21-competition',
    ]);
    expect(data?.cnn.derivatives).toEqual([
      { relation: 'QUOTES', source: { id: 'source:independent-2019-03-14-huawei-nato' } },
    ]);
  });
});

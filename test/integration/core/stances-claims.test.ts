import { useHarness } from '../../support/harness';

interface StanceRow {
  actor: { name: string };
  about: string;
  polarity: string;
  since: string | null;
  evidence: Array<{ id: string }>;
}

const STANCES = `query ($actorName: String, $about: String, $asOf: Date) {
  stances(actorName: $actorName, about: $about, asOf: $asOf) { edges { node { actor { name } about polarity since evidence { edges { node { id } } } } } }
}`;

describe('stances, claims and contradictions', () => {
  const harness = useHarness({ nodeLists: true });

  const stances = async (variables: Record<string, unknown>) =>
    (await harness.gql<{ stances: StanceRow[] }>(STANCES, variables)).data?.stances ?? [];

  it('shows the BND opposing Huawei, on the evidence of its representative', async () => {
    expect(await stances({ actorName: 'BND' })).toEqual([
      {
        actor: { name: 'Bundesnachrichtendienst' },
        about: 'Huawei',
        polarity: 'OPPOSE',
        since: null,
        evidence: [{ id: 'stmt:bnd-representative-huawei-not-trustworthy' }],
      },
    ]);
  });

  it('shows Ren Zhengfei supporting Huawei', async () => {
    const [stance] = await stances({ actorName: 'Mr Ren' });
    expect(stance).toMatchObject({ about: 'Huawei', polarity: 'SUPPORT' });
    expect(stance?.evidence.map((e) => e.id)).toContain('stmt:ren-they-have-to-have-evidence');
  });

  it('shows Trump supporting 5G/6G in the US and opposing blocking advanced technology', async () => {
    const trump = await stances({ actorName: 'Trump' });
    expect(trump.map((s) => [s.about, s.polarity, s.since])).toEqual(
      expect.arrayContaining([
        ['5G and 6G in the United States', 'SUPPORT', '2019-02-21'],
        ['Blocking advanced technology', 'OPPOSE', '2019-02-21'],
      ]),
    );
    expect(trump).toHaveLength(2);
  });

  it('answers stances as of a date: none for Trump before his February tweets', async () => {
    expect(await stances({ actorName: 'Trump', asOf: '2019-02-20' })).toEqual([]);
    expect(await stances({ actorName: 'Trump', asOf: '2019-02-21' })).toHaveLength(2);
  });

  it('finds every stance about Huawei, for and against', async () => {
    const aboutHuawei = await stances({ about: 'Huawei' });
    const byActor = Object.fromEntries(aboutHuawei.map((s) => [s.actor.name, s.polarity]));
    expect(byActor).toMatchObject({
      Bundesnachrichtendienst: 'OPPOSE',
      'United States government': 'OPPOSE',
      'Ren Zhengfei': 'SUPPORT',
    });
  });

  it('offers stances on the actor, as of a date', async () => {
    const response = await harness.gql<{ actor: { stances: Array<{ polarity: string }> } }>(
      '{ actor(name: "Donald Trump") { stances(asOf: "2020-01-01") { edges { node { polarity } } } } }',
    );
    expect(response.data?.actor.stances.map((s) => s.polarity).sort()).toEqual(['OPPOSE', 'SUPPORT']);
  });

  it('records that Huawei’s denial DENIES the spying concern', async () => {
    const response = await harness.gql<{
      claim: { relations: Array<{ relation: string; direction: string; claim: { id: string } }> };
    }>(
      '{ claim(id: "claim:huawei-enables-chinese-spying") { relations { edges { node { relation direction claim { id } } } } } }',
    );
    expect(response.data?.claim.relations).toContainEqual({
      relation: 'DENIES',
      direction: 'INCOMING',
      claim: { id: 'claim:huawei-technology-does-not-enable-spying' },
    });
  });

  it('lists contradictions and denials, narrowed by actor or topic', async () => {
    type Conflicts = {
      contradictions: Array<{ relation: string; claim: { id: string }; other: { id: string } }>;
    };
    const all = await harness.gql<Conflicts>(
      '{ contradictions { edges { node { relation claim { id } other { id } } } } }',
    );
    expect(all.data?.contradictions.map((c) => c.relation).sort()).toEqual([
      'CONTRADICTS',
      'CONTRADICTS',
      'DENIES',
    ]);

    const trump = await harness.gql<Conflicts>(
      '{ contradictions(actorName: "Trump") { edges { node { relation claim { id } other { id } } } } }',
    );
    expect(trump.data?.contradictions).toEqual([
      {
        relation: 'CONTRADICTS',
        claim: { id: 'claim:us-should-win-through-competition-not-blocking' },
        other: { id: 'claim:allies-should-shun-huawei' },
      },
    ]);

    const security = await harness.gql<Conflicts>(
      '{ contradictions(topic: "Network security and espionage") { edges { node { relation claim { id } } } } }',
    );
    expect(security.data?.contradictions.map((c) => c.claim.id).sort()).toEqual([
      'claim:huawei-technology-does-not-enable-spying',
      'claim:us-singles-out-huawei-without-evidence',
    ]);
  });

  it('names where a claim first appeared: Trump’s tweet, before the article that quoted it', async () => {
    const response = await harness.gql<{
      claim: {
        firstAppearance: { id: string; publishedAt: string };
        appearances: Array<{ id: string }>;
        topics: Array<{ name: string }>;
      };
    }>(`{ claim(id: "claim:us-should-adopt-5g-6g-asap") {
      firstAppearance { id publishedAt } appearances { edges { node { id } } } topics { edges { node { name } } }
    } }`);
    expect(response.data?.claim.firstAppearance).toEqual({
      id: 'source:trump-tweet-2019-02-21-5g-6g',
      publishedAt: '2019-02-21',
    });
    expect(response.data?.claim.appearances.map((a) => a.id)).toEqual([
      'source:trump-tweet-2019-02-21-5g-6g',
      'source:independent-2019-03-14-huawei-nato',
    ]);
    expect(response.data?.claim.topics).toEqual([{ name: '5G and 6G in the United States' }]);
  });

  it('lists the statements that express a claim', async () => {
    const response = await harness.gql<{
      claim: { statements: { totalCount: number; edges: Array<{ node: { speaker: { name: string } } }> } };
    }>(
      '{ claim(id: "claim:us-should-adopt-5g-6g-asap") { statements { totalCount edges { node { speaker { name } } } } } }',
    );
    expect(response.data?.claim.statements.totalCount).toBe(2);
  });
});

import { useHarness } from '../../support/harness';

describe('search and aggregates', () => {
  const harness = useHarness({ nodeLists: true });

  it('searches statements, claims and actors in one ranked list', async () => {
    const response = await harness.gql<{
      search: Array<{
        score: number;
        statement: { id: string } | null;
        claim: { id: string } | null;
        actor: { id: string } | null;
      }>;
    }>('{ search(query: "evidence", first: 10) { score statement { id } claim { id } actor { id } } }');
    const hits = response.data?.search ?? [];
    expect(hits.map((h) => h.statement?.id ?? h.claim?.id ?? h.actor?.id)).toEqual(
      expect.arrayContaining([
        'stmt:ren-they-have-to-have-evidence',
        'claim:us-singles-out-huawei-without-evidence',
      ]),
    );
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const hit of hits) expect([hit.statement, hit.claim, hit.actor].filter(Boolean)).toHaveLength(1);
  });

  it('finds an actor by a misspelt alias', async () => {
    const response = await harness.gql<{ search: Array<{ actor: { name: string } | null }> }>(
      '{ search(query: "Stotlenberg") { actor { name } } }',
    );
    expect(response.data?.search.map((h) => h.actor?.name)).toContain('Jens Stoltenberg');
  });

  it('rejects an empty query and a hit count out of range', async () => {
    for (const query of ['{ search(query: " ") { score } }', '{ search(query: "x", first: 0) { score } }']) {
      const response = await harness.gql(query);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('counts statements by month, chronologically', async () => {
    const response = await harness.gql<{ aggregate: { buckets: Array<{ key: string; count: number }> } }>(
      '{ aggregate(groupBy: MONTH) { buckets { key count } } }',
    );
    expect(response.data?.aggregate.buckets).toEqual([
      { key: '2019-02', count: 4 },
      { key: '2019-03', count: 11 },
    ]);
  });

  it('counts statements by speaker, largest first, within a filter', async () => {
    const response = await harness.gql<{ aggregate: { buckets: Array<{ key: string; count: number }> } }>(
      '{ aggregate(groupBy: ACTOR, filter: { direct: true }) { buckets { key count } } }',
    );
    expect(response.data?.aggregate.buckets.slice(0, 3)).toEqual([
      { key: 'Donald Trump', count: 3 },
      { key: 'Jens Stoltenberg', count: 2 },
      { key: 'Ren Zhengfei', count: 2 },
    ]);
    expect(response.data?.aggregate.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(8);
  });

  it('counts statements by outlet and by topic', async () => {
    const outlets = await harness.gql<{ aggregate: { buckets: Array<{ key: string; count: number }> } }>(
      '{ aggregate(groupBy: OUTLET) { buckets { key count } } }',
    );
    expect(outlets.data?.aggregate.buckets).toEqual([{ key: 'The Independent', count: 15 }]);
    const topics = await harness.gql<{ aggregate: { buckets: Array<{ key: string; count: number }> } }>(
      '{ aggregate(groupBy: TOPIC) { buckets { key count } } }',
    );
    expect(topics.data?.aggregate.buckets[0]).toEqual({ key: "Huawei's role in 5G networks", count: 8 });
  });

  it('returns the first buckets in the order asked for, and says whether there are more', async () => {
    type Buckets = {
      aggregate: { buckets: Array<{ key: string; count: number }>; hasMore: boolean; totalCount: number };
    };
    const all = await harness.gql<Buckets>(
      '{ aggregate(groupBy: ACTOR, first: 1000) { buckets { key count } hasMore totalCount } }',
    );
    const buckets = all.data?.aggregate.buckets ?? [];
    expect(all.data?.aggregate).toMatchObject({ hasMore: false, totalCount: buckets.length });
    expect(buckets.length).toBeGreaterThan(3);

    const two = await harness.gql<Buckets>(
      '{ aggregate(groupBy: ACTOR, first: 2) { buckets { key count } hasMore } }',
    );
    expect(two.data?.aggregate).toEqual({ buckets: buckets.slice(0, 2), hasMore: true });

    const byKey = await harness.gql<Buckets>(
      '{ aggregate(groupBy: ACTOR, first: 1000, orderBy: KEY_DESC) { buckets { key count } } }',
    );
    expect(byKey.data?.aggregate.buckets.map((b) => b.key)).toEqual(
      buckets.map((b) => b.key).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)),
    );
    const fewest = await harness.gql<Buckets>(
      '{ aggregate(groupBy: ACTOR, first: 1, orderBy: COUNT_ASC) { buckets { count } } }',
    );
    expect(fewest.data?.aggregate.buckets[0]?.count).toBe(Math.min(...buckets.map((b) => b.count)));
  });

  it.each([0, 1001, -1])('refuses first: %d for an aggregate with BAD_USER_INPUT', async (first) => {
    const response = await harness.gql(`{ aggregate(groupBy: MONTH, first: ${first}) { buckets { key } } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

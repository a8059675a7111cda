import { writeDataSet } from '../../../src/store/repo/dataset-writer';
import { useHarness } from '../../support/harness';
import { walkPages } from '../../support/paging';

const PAGE_FIELDS =
  'edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

describe('statements', () => {
  const harness = useHarness();

  async function ids(filter: Record<string, unknown>): Promise<string[]> {
    const response = await harness.gql<{ statements: { edges: Array<{ node: { id: string } }> } }>(
      'query ($filter: StatementFilter) { statements(filter: $filter, first: 100) { edges { node { id } } } }',
      { filter },
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data?.statements.edges.map((e) => e.node.id) ?? [];
  }

  it('returns a statement with every contract field', async () => {
    const response = await harness.gql(`{
      statement(id: "stmt:foreign-ministry-official-trustworthiness") {
        id text direct cue audience saidAt startOffset endOffset confidence
        speaker { name kind }
        claim { id }
        source { title outlet { name } }
        via { kind outlet { name } }
      }
    }`);
    expect(response.data).toEqual({
      statement: {
        id: 'stmt:foreign-ministry-official-trustworthiness',
        text: 'It’s above all a matter of trustworthiness and of the impact on our relationship with our allies',
        direct: true,
        cue: 'tell',
        audience: 'Bloomberg',
        saidAt: null,
        startOffset: expect.any(Number),
        endOffset: expect.any(Number),
        confidence: expect.any(Number),
        speaker: { name: 'German foreign ministry official', kind: 'ANONYMOUS' },
        claim: { id: 'claim:huawei-decision-about-trustworthiness-and-allies' },
        source: {
          title: 'Huawei 5G: Nato considers action over security concerns as Trump pushes for US domination',
          outlet: { name: 'The Independent' },
        },
        via: [{ kind: 'WIRE_REPORT', outlet: { name: 'Bloomberg' } }],
      },
    });
  });

  it('pages through all statements two at a time forwards and backwards with no gap or repeat', async () => {
    const all = await ids({});
    expect(all).toHaveLength(15);
    expect(new Set(all).size).toBe(all.length);
    const forward = await walkPages(
      harness,
      `query ($cursor: String) { statements(first: 2, after: $cursor) { ${PAGE_FIELDS} } }`,
      'statements',
      'forward',
    );
    expect(forward.ids).toEqual(all);
    expect(forward.pages).toBe(8);
    const backward = await walkPages(
      harness,
      `query ($cursor: String) { statements(last: 2, before: $cursor) { ${PAGE_FIELDS} } }`,
      'statements',
      'backward',
    );
    expect(backward.ids).toEqual(all);
  });

  it('orders statements newest first: the March 2019 reports before the February tweets', async () => {
    const response = await harness.gql<{
      statements: { edges: Array<{ node: { saidAt: string | null; source: { publishedAt: string } } }> };
    }>('{ statements(first: 100) { edges { node { saidAt source { publishedAt } } } } }');
    const dates =
      response.data?.statements.edges.map((e) => e.node.saidAt ?? e.node.source.publishedAt) ?? [];
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.at(-1)).toBe('2019-02-21');
  });

  it('keeps cursors stable when a statement is inserted ahead of the page', async () => {
    const before = await ids({});
    const first = await harness.gql<{ statements: { pageInfo: { endCursor: string } } }>(
      '{ statements(first: 2) { pageInfo { endCursor } } }',
    );
    // A newer statement lands on page one after the client read it.
    await harness.db.write('test.insert', (tx) =>
      writeDataSet(tx, {
        statements: [
          {
            id: 'stmt:test-newest',
            sourceId: 'source:independent-2019-03-14-huawei-nato',
            speakerId: 'actor:nato',
            text: 'A statement inserted while a client pages',
            direct: false,
            cue: 'say',
            viaIds: [],
            saidAt: '2030-01-01',
            confidence: 1,
          },
        ],
      }),
    );
    try {
      const next = await harness.gql<{ statements: { edges: Array<{ node: { id: string } }> } }>(
        'query ($after: String) { statements(first: 3, after: $after) { edges { node { id } } } }',
        { after: first.data?.statements.pageInfo.endCursor },
      );
      expect(next.data?.statements.edges.map((e) => e.node.id)).toEqual(before.slice(2, 5));
      expect((await ids({}))[0]).toBe('stmt:test-newest');
    } finally {
      await harness.db.write('test.cleanup', (tx) =>
        tx.run("MATCH (s:Statement {id: 'stmt:test-newest'}) DETACH DELETE s"),
      );
    }
  });

  it('counts only when totalCount is selected', async () => {
    const without = await harness.gql('{ statements(first: 1) { edges { node { id } } } }');
    expect(without.queries.map((q) => q.operation)).toEqual(['statements.page']);
    const withCount = await harness.gql<{ statements: { totalCount: number } }>(
      '{ statements(first: 1) { totalCount } }',
    );
    expect(withCount.data?.statements.totalCount).toBe(15);
    expect(withCount.queries.map((q) => q.operation)).toEqual(['statements.page', 'statements.count']);
  });

  it('filters by speaker alias, topic, source, dates, directness and words', async () => {
    expect(await ids({ speaker: 'Mr Ren' })).toEqual(
      [
        'stmt:ren-warns-us-reputation',
        'stmt:ren-voice-heard-national-security',
        'stmt:ren-they-have-to-have-evidence',
      ]
        .sort()
        .reverse(),
    );
    expect((await ids({ topic: '5G and 6G in the United States' })).sort()).toEqual([
      'stmt:trump-tweet-companies-step-up',
      'stmt:trump-tweet-want-5g-6g',
      'stmt:trump-tweet-win-through-competition',
      'stmt:trump-urges-5g-6g',
    ]);
    expect((await ids({ from: '2019-02-01', to: '2019-02-28' })).sort()).toEqual([
      'stmt:trump-tweet-companies-step-up',
      'stmt:trump-tweet-want-5g-6g',
      'stmt:trump-tweet-win-through-competition',
      'stmt:trump-urges-5g-6g',
    ]);
    expect(await ids({ speaker: 'Trump', direct: false })).toEqual(['stmt:trump-urges-5g-6g']);
    expect(await ids({ text: 'evidence' })).toEqual(['stmt:ren-they-have-to-have-evidence']);
    expect(await ids({ sourceId: 'source:independent-2019-03-14-huawei-nato' })).toHaveLength(15);
    expect(await ids({ speaker: 'nobody at all' })).toEqual([]);
  });

  it('rejects a cursor from another list, a page size out of range, and mixed directions', async () => {
    const actorCursor = await harness.gql<{ actors: { pageInfo: { endCursor: string } } }>(
      '{ actors(first: 1) { pageInfo { endCursor } } }',
    );
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        'query ($c: String) { statements(after: $c) { edges { cursor } } }',
        { c: actorCursor.data?.actors.pageInfo.endCursor },
        'after',
      ],
      ['query ($c: String) { statements(after: $c) { edges { cursor } } }', { c: 'not-a-cursor' }, 'after'],
      ['{ statements(first: 100000) { edges { cursor } } }', {}, 'first'],
      ['{ statements(first: -1) { edges { cursor } } }', {}, 'first'],
      ['{ statements(first: 1, last: 1) { edges { cursor } } }', {}, 'first'],
      [
        '{ statements(filter: { from: "2019-03-01", to: "2019-02-01" }) { edges { cursor } } }',
        {},
        'filter.from',
      ],
      ['{ statements(filter: { text: "   " }) { edges { cursor } } }', {}, 'filter.text'],
    ];
    for (const [query, variables, field] of cases) {
      const response = await harness.gql(query, variables);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('matches every word of a text filter and reads Lucene operators as plain words', async () => {
    expect(await ids({ text: 'evidence AND (' })).toEqual(['stmt:ren-they-have-to-have-evidence']);
    expect(await ids({ text: 'evidence trustworthiness' })).toEqual([]);
    expect(await ids({ text: 'title:* OR x~' })).toEqual([]);
  });
});

// Issue 17 item 3: a new user lists sources, finds an article by its title, and is told when an
// id they typed names nothing.

import { useHarness } from '../../support/harness';

interface SourcePage {
  sources: {
    edges: Array<{ cursor: string; node: { id: string; title: string | null; publishedAt: string | null } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount?: number;
  };
}

const SOURCES = `query($filter: SourceFilter, $first: Int, $after: String) {
  sources(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id title publishedAt } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

describe('finding sources and unknown ids', () => {
  const harness = useHarness({ restoreSeed: true });

  beforeAll(async () => {
    // Three articles of our own, one of them in Greek, by one outlet unknown to the seed.
    for (const [n, title, publishedAt] of [
      [1, 'Ministers weigh 5G vendor rules', '2020-01-10'],
      [2, 'Υπουργοί συζητούν κανόνες για το 5G', '2020-02-11'],
      [3, 'Vendor rules delayed again', '2020-03-12'],
    ] as const) {
      const response = await harness.gql(
        'mutation($input: SourceInput!) { upsertSource(input: $input) { id } }',
        {
          input: {
            kind: 'ARTICLE',
            title,
            publishedAt,
            url: `https://finding.example/${n}`,
            outletId: 'actor:cnn',
          },
        },
      );
      expect(response.errors).toBeUndefined();
    }
  });

  it('lists every source newest first, undated last, in pages whose cursors join up', async () => {
    const seen: SourcePage['sources']['edges'] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const response: Awaited<ReturnType<typeof harness.gql<SourcePage>>> = await harness.gql<SourcePage>(
        SOURCES,
        { first: 3, after },
      );
      expect(response.errors).toBeUndefined();
      const page = response.data?.sources;
      if (!page) throw new Error('no page');
      total = page.totalCount ?? 0;
      seen.push(...page.edges);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.node.id)).size).toBe(total);
    const dates = seen.map((e) => e.node.publishedAt ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(seen[0]?.node.title).toBe('Vendor rules delayed again');
    expect(seen.at(-1)?.node.publishedAt).toBeNull();
  });

  it('filters by title words (Greek too), outlet by name in any case, and dates', async () => {
    const byTitle = await harness.gql<SourcePage>(SOURCES, { filter: { title: 'vendor RULES' } });
    expect(byTitle.data?.sources.edges.map((e) => e.node.title)).toEqual([
      'Vendor rules delayed again',
      'Ministers weigh 5G vendor rules',
    ]);
    const greek = await harness.gql<SourcePage>(SOURCES, { filter: { title: 'κανόνες' } });
    expect(greek.data?.sources.edges.map((e) => e.node.title)).toEqual([
      'Υπουργοί συζητούν κανόνες για το 5G',
    ]);
    const byOutlet = await harness.gql<SourcePage>(SOURCES, {
      filter: { outlet: 'cnn', from: '2020-02-01', to: '2020-12-31' },
    });
    expect(byOutlet.errors).toBeUndefined();
    expect(byOutlet.data?.sources.edges.map((e) => e.node.title)).toEqual([
      'Vendor rules delayed again',
      'Υπουργοί συζητούν κανόνες για το 5G',
    ]);
    const nobody = await harness.gql<SourcePage>(SOURCES, { filter: { outlet: 'Zzyzx Qwerty Gazette' } });
    expect(nobody.data?.sources.edges).toEqual([]);
  });

  it('answers a filter it cannot use with BAD_USER_INPUT naming the field', async () => {
    for (const [filter, field] of [
      [{ title: '  ' }, 'filter.title'],
      [{ from: '2020-05-01', to: '2020-01-01' }, 'filter.from'],
    ] as const) {
      const response = await harness.gql(SOURCES, { filter });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('finds a source by its title in search', async () => {
    const response = await harness.gql<{ search: Array<{ source: { id: string; title: string } | null }> }>(
      '{ search(query: "delayed") { source { id title } } }',
    );
    expect(response.data?.search.map((hit) => hit.source?.title)).toContain('Vendor rules delayed again');
  });

  it('answers NOT_FOUND naming the argument for an id or URL nothing has', async () => {
    for (const [query, field] of [
      ['{ actor(id: "actor:nobody") { id } }', 'id'],
      ['{ statement(id: "stmt:nothing") { id } }', 'id'],
      ['{ claim(id: "claim:nothing") { id } }', 'id'],
      ['{ source(id: "source:nothing") { id } }', 'id'],
      ['{ source(url: "https://finding.example/none") { id } }', 'url'],
      ['{ trace(statementId: "stmt:nothing") { position } }', 'statementId'],
      ['{ statements(filter: { sourceId: "source:nothing" }) { totalCount } }', 'filter.sourceId'],
      ['mutation { retractSource(id: "source:nothing") { sourceId } }', 'id'],
    ]) {
      const response = await harness.gql(query as string);
      expect({ query, extensions: response.errors?.[0]?.extensions }).toMatchObject({
        query,
        extensions: { code: 'NOT_FOUND', field },
      });
    }
    // A known source's filter still answers its statements.
    const known = await harness.gql<{ statements: { totalCount: number } }>(
      '{ statements(filter: { sourceId: "source:independent-2019-03-14-huawei-nato" }) { totalCount } }',
    );
    expect(known.data?.statements.totalCount).toBeGreaterThan(0);
  });
});

// Regression: a statement's sort date `at` was computed once, when the statement was written,
// so an upsertSource that moved the source's publishedAt left its undated statements sorting
// and filtering (from/to, cursors) by the old date. Now the source write re-derives them.

import { useHarness } from '../../support/harness';
import { withNodeLists } from '../../support/paging';

const UPSERT_SOURCE = `mutation($input: SourceInput!) { upsertSource(input: $input) { id publishedAt } }`;
const RECORD = `mutation($input: RecordStatementInput!) { recordStatement(input: $input) { id } }`;
const IN_RANGE = `query($sourceId: ID!, $from: Date, $to: Date) {
  statements(filter: { sourceId: $sourceId, from: $from, to: $to }) { edges { node { id } } }
}`;

describe('regression: upsertSource left undated statements with a stale sort date', () => {
  const harness = useHarness({ restoreSeed: true });
  const source = { id: 'source:stale-at', kind: 'ARTICLE', title: 'A dated report' };

  async function sortDates(): Promise<Record<string, string>> {
    const result = await harness.db.read(
      'test.sort-dates',
      'MATCH (s:Statement)-[:REPORTED_IN]->(:Source {id: $id}) RETURN s.id AS id, toString(s.at) AS at',
      { id: source.id },
    );
    return Object.fromEntries(result.records.map((r) => [r.get('id'), r.get('at')]));
  }

  async function idsBetween(from: string, to: string): Promise<string[]> {
    const result = await harness.gql(IN_RANGE, { sourceId: source.id, from, to });
    expect(result.errors).toBeUndefined();
    return withNodeLists<{ statements: Array<{ id: string }> }>(result.data)
      .statements.map((s) => s.id)
      .sort();
  }

  it('moves an undated statement with its source, and leaves a dated one where it was said', async () => {
    const upsert = (publishedAt: string) =>
      harness.gql(UPSERT_SOURCE, { input: { ...source, publishedAt } }, { role: 'editor' });
    expect((await upsert('2019-03-14')).errors).toBeUndefined();
    for (const [id, saidAt] of [
      ['stmt:stale-at:undated', undefined],
      ['stmt:stale-at:dated', '2019-03-10'],
    ] as const) {
      const recorded = await harness.gql(
        RECORD,
        {
          input: {
            id,
            text: `Words of ${id}`,
            cue: 'said',
            direct: true,
            speakerId: 'actor:nato',
            sourceId: source.id,
            ...(saidAt ? { saidAt } : {}),
          },
        },
        { role: 'editor' },
      );
      expect(recorded.errors).toBeUndefined();
    }
    expect(await sortDates()).toEqual({
      'stmt:stale-at:undated': '2019-03-14',
      'stmt:stale-at:dated': '2019-03-10',
    });

    expect((await upsert('2020-06-01')).errors).toBeUndefined();
    expect(await sortDates()).toEqual({
      'stmt:stale-at:undated': '2020-06-01',
      'stmt:stale-at:dated': '2019-03-10',
    });
    expect(await idsBetween('2020-01-01', '2020-12-31')).toEqual(['stmt:stale-at:undated']);
    expect(await idsBetween('2019-01-01', '2019-12-31')).toEqual(['stmt:stale-at:dated']);
  });
});

// Issue 18, finding 7: input that breaks the contract reached Neo4j. A forged cursor (a month
// 13, a 30 February) answered INTERNAL_SERVER_ERROR and logged a driver stack at error level, so
// any client could fill the error log; a search of 1,100 words hit Lucene's clause limit, and a
// million-character literal ran for seconds before failing. Each is BAD_USER_INPUT naming the
// argument, before any query runs.

import { useHarness } from '../../support/harness';
import { captureLogs } from '../../support/log-capture';

const logs = captureLogs('warn');
const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('contract errors are caught before Neo4j', () => {
  const harness = useHarness({ server: { logger: logs.logger } });

  it.each([
    ['a month 13', cursor(['statement', '2019-13-45', 'x'])],
    ['30 February', cursor(['statement', '2019-02-30', 'stmt:x'])],
    ['a number for the date', cursor(['statement', 20190214, 'stmt:x'])],
  ])('refuses a statement cursor with %s', async (_, after) => {
    logs.lines.length = 0;
    const response = await harness.gql('query($after: String) { statements(after: $after) { totalCount } }', {
      after,
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(response.queries).toEqual([]);
    expect(logs.lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });

  it.each([
    [
      'search of 1,100 words',
      '{ search(query: $text) { score } }',
      'query',
      Array(1100).fill('huawei').join(' '),
    ],
    ['search of a million characters', '{ search(query: $text) { score } }', 'query', 'x'.repeat(1_000_000)],
    [
      'text filter of 200 words',
      '{ statements(filter: { text: $text }) { totalCount } }',
      'filter.text',
      Array(200).fill('nato').join(' '),
    ],
    [
      'actor search of 100 words',
      '{ actors(search: $text) { totalCount } }',
      'search',
      Array(100).fill('trump').join(' '),
    ],
    [
      'title filter of 2,000 characters',
      '{ sources(filter: { title: $text }) { totalCount } }',
      'filter.title',
      'ü'.repeat(2000),
    ],
  ])('refuses a %s', async (_, selection, field, text) => {
    const response = await harness.gql(`query($text: String!) ${selection}`, { text });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.queries).toEqual([]);
  });

  it('still searches with many words, up to the bound', async () => {
    const response = await harness.gql<{ search: unknown[] }>(
      'query($text: String!) { search(query: $text) { score } }',
      {
        text: Array(64).fill('huawei').join(' '),
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.search.length).toBeGreaterThan(0);
  });
});

// A subscription's filter decided per event: the same fields as statements(filter:), and a
// speaker name that names nobody yet matches the speaker who appears later.

import { statementEventMatcher } from '../../../src/core/events/statement-match';
import type { NameLookup } from '../../../src/core/statement-filter';
import type { StatementAddedEvent } from '../../../src/domain/events';

// The graph's names as the request's loaders would answer them: Donald Trump is known.
const names: NameLookup = {
  actorIds: async (name) => (/^(donald )?trump$/i.test(name) ? ['actor:donald-trump'] : []),
  topicIds: async () => [],
};

const event = (overrides: Partial<StatementAddedEvent> = {}): StatementAddedEvent => ({
  statementId: 'stmt:1',
  text: 'The lighthouse keepers stay.',
  direct: true,
  at: '2026-11-28',
  speaker: { id: 'actor:someone', names: ['Someone Else'] },
  topics: ['Coastal safety'],
  sourceId: 'source:1',
  claimId: 'claim:1',
  ...overrides,
});

describe('statementEventMatcher', () => {
  it('matches a speaker the graph did not know when the subscription started, by surname or near-miss', async () => {
    const matches = await statementEventMatcher(names, { speaker: 'Petrović' });
    expect(matches(event({ speaker: { id: 'actor:new', names: ['Zorana Petrović'] } }))).toBe(true);
    expect(matches(event({ speaker: { id: 'actor:new', names: ['Zorana Petrovic'] } }))).toBe(true);
    expect(matches(event({ speaker: { id: 'actor:other', names: ['Harald Lind'] } }))).toBe(false);
  });

  it('keeps a name that named someone to that someone: "Trump" is not later Ivanka Trump', async () => {
    const matches = await statementEventMatcher(names, { speaker: 'Trump' });
    expect(matches(event({ speaker: { id: 'actor:donald-trump', names: ['Donald Trump'] } }))).toBe(true);
    expect(matches(event({ speaker: { id: 'actor:ivanka-trump', names: ['Ivanka Trump'] } }))).toBe(false);
  });

  it('decides words, topic, directness, source and dates as the query filter does', async () => {
    const matches = await statementEventMatcher(names, {
      text: 'LIGHTHOUSE keepers',
      topic: 'coastal SAFETY',
      direct: true,
      sourceId: 'source:1',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(matches(event())).toBe(true);
    expect(matches(event({ text: 'The lighthouse stays.' }))).toBe(false);
    expect(matches(event({ topics: ['Fisheries'] }))).toBe(false);
    expect(matches(event({ direct: false }))).toBe(false);
    expect(matches(event({ sourceId: 'source:2' }))).toBe(false);
    expect(matches(event({ at: '2026-12-01' }))).toBe(false);
    expect(matches(event({ at: null }))).toBe(false);
  });

  it('refuses what statements(filter:) refuses, and a text with no word', async () => {
    await expect(
      statementEventMatcher(names, { from: '2026-12-01', to: '2026-11-01' }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(statementEventMatcher(names, { text: ' ,, ' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

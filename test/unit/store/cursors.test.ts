// Keyset cursors (src/api/connections.ts): opaque to clients, but a client can send anything
// back, so every decoder must refuse what it did not encode, and say which argument was wrong.

import {
  actorCursor,
  decodeActorKey,
  decodeCursor,
  decodeStatementKey,
  encodeCursor,
  listCursor,
  listKeyDecoder,
  pageRequest,
  statementCursor,
} from '../../../src/api/connections';
import { BadUserInputError, ErrorCode } from '../../../src/domain/errors';
import type { Actor, Statement } from '../../../src/domain/model';
import type { KeysetList } from '../../../src/store/repo/keyset-list';
import * as lists from '../../../src/store/repo/lists';

const forged = (values: unknown): string => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

function statement(fields: Partial<Statement>): Statement {
  return {
    id: 'stmt:1',
    sourceId: 'source:1',
    speakerId: 'actor:1',
    text: 'We will not sign.',
    direct: true,
    cue: 'said',
    viaIds: [],
    confidence: 1,
    ...fields,
  } as Statement;
}

const actor = (name: string, id: string) => ({ id, name }) as Actor;

/** The error a decoder throws, for its class, code, message and details. */
function refusal(decode: () => unknown): BadUserInputError {
  try {
    decode();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('the cursor was accepted');
}

function expectRefused(decode: () => unknown, field: string, cursor: string) {
  const error = refusal(decode);
  expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
  expect(error.details).toEqual({ field, value: cursor });
  expect(error.message).toBe(`${field} is not a cursor from this list: ${JSON.stringify(cursor)}`);
}

// Every list the API pages with listKeyDecoder, by its exported name.
const keysetLists: Array<[string, KeysetList]> = Object.entries(lists).filter(
  ([, value]) => typeof value === 'object' && value !== null && 'kind' in value && 'keys' in value,
);

describe('cursor encoding', () => {
  it('is URL-safe base64 of the kind and the key, with no padding', () => {
    const cursor = encodeCursor('topic', ['trade', 'topic:trade']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual([
      'topic',
      'trade',
      'topic:trade',
    ]);
    expect(decodeCursor('topic', cursor, 'after')).toEqual(['trade', 'topic:trade']);
  });

  it('round-trips a statement cursor to its sort date and id', () => {
    const cursor = statementCursor(statement({ id: 'stmt:42', at: '2024-02-29', saidAt: '2024-02-28' }));
    expect(decodeStatementKey(cursor, 'after')).toEqual({ at: '2024-02-29', id: 'stmt:42' });
  });

  it('keys a statement the graph has not dated yet by when it was said', () => {
    const cursor = statementCursor(statement({ id: 'stmt:7', saidAt: '2019-11-09' }));
    expect(decodeStatementKey(cursor, 'after')).toEqual({ at: '2019-11-09', id: 'stmt:7' });
  });

  it('round-trips an actor cursor to its lower-cased name and id', () => {
    const cursor = actorCursor(actor('Ministry of Defence', 'actor:mod'));
    expect(decodeActorKey(cursor, 'after')).toEqual({ nameKey: 'ministry of defence', id: 'actor:mod' });
  });

  it.each(keysetLists)('round-trips a cursor of the %s list', (_, list) => {
    const key = list.keys.map((_, i) => `key-${i}`);
    expect(listKeyDecoder(list)(listCursor(list, key), 'after')).toEqual(key);
  });

  it('gives lists that share a kind the same keys, so a shared cursor means one thing', () => {
    const keysOfKind = new Map<string, string>();
    for (const [, list] of keysetLists) {
      const keys = JSON.stringify(list.keys);
      expect(keysOfKind.get(list.kind) ?? keys).toBe(keys);
      keysOfKind.set(list.kind, keys);
    }
    expect(keysetLists.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'TOPICS',
        'CLAIM_TOPICS',
        'STANCES',
        'STANCES_ABOUT',
        'SOURCES',
        'SOURCES_TITLED',
      ]),
    );
  });

  it('round-trips non-Latin names and ids, astral characters included', () => {
    const names = ['Владимир Путин', '习近平', 'محمد بن سلمان', 'नरेन्द्र मोदी', 'Ελλάδα', '😀 Émoji'];
    for (const name of names) {
      const cursor = actorCursor(actor(name, `actor:${name}`));
      expect(decodeActorKey(cursor, 'after')).toEqual({ nameKey: name.toLowerCase(), id: `actor:${name}` });
    }
    const topic = listCursor(lists.TOPICS, ['вооружённые силы', 'topic:中东']);
    expect(listKeyDecoder(lists.TOPICS)(topic, 'before')).toEqual(['вооружённые силы', 'topic:中东']);
    const said = statementCursor(statement({ id: 'stmt:声明-𝒳', at: '2020-01-31' }));
    expect(decodeStatementKey(said, 'after')).toEqual({ at: '2020-01-31', id: 'stmt:声明-𝒳' });
  });
});

describe('cursor decoding refuses what it did not encode', () => {
  it('refuses a cursor from another list, even one with the same shape of key', () => {
    const actorAsStatement = actorCursor(actor('Ministry', 'actor:m'));
    expectRefused(() => decodeStatementKey(actorAsStatement, 'after'), 'after', actorAsStatement);

    const statementAsActor = statementCursor(statement({ at: '2021-05-01' }));
    expectRefused(() => decodeActorKey(statementAsActor, 'before'), 'before', statementAsActor);

    // topics and a claim's topics are both (lower-cased name, id): only the kind tells them apart
    const topic = listCursor(lists.TOPICS, ['trade', 'topic:trade']);
    expectRefused(() => listKeyDecoder(lists.CLAIM_TOPICS)(topic, 'after'), 'after', topic);
  });

  it.each([
    ['not base64', '!!!!'],
    ['empty', ''],
    ['base64 of text that is not JSON', Buffer.from('statement,2019-01-01,stmt:1').toString('base64url')],
    ['JSON that is not an array', forged({ kind: 'statement', at: '2019-01-01', id: 'stmt:1' })],
    ['JSON null', forged(null)],
    ['an array without the kind', forged(['2019-01-01', 'stmt:1'])],
    ['too few values', forged(['statement', '2019-01-01'])],
    ['month 13', forged(['statement', '2019-13-01', 'stmt:1'])],
    ['30 February', forged(['statement', '2019-02-30', 'stmt:1'])],
    ['29 February of a common year', forged(['statement', '2023-02-29', 'stmt:1'])],
    ['a number where the date belongs', forged(['statement', 20190101, 'stmt:1'])],
    ['a date and time where a date belongs', forged(['statement', '2019-01-01T00:00:00Z', 'stmt:1'])],
    ['a number where the id belongs', forged(['statement', '2019-01-01', 1])],
    ['null where the id belongs', forged(['statement', '2019-01-01', null])],
  ])('refuses a forged statement cursor: %s', (_, cursor) => {
    expectRefused(() => decodeStatementKey(cursor, 'after'), 'after', cursor);
  });

  it.each([
    ['too few values', forged(['actor', 'ministry'])],
    ['a number where the name belongs', forged(['actor', 7, 'actor:7'])],
    ['an object where the id belongs', forged(['actor', 'ministry', { id: 'actor:m' }])],
  ])('refuses a forged actor cursor: %s', (_, cursor) => {
    expectRefused(() => decodeActorKey(cursor, 'after'), 'after', cursor);
  });

  it.each([
    ['too few values', forged(['stance', 'ministry', '2020-01-01'])],
    ['too many values', forged(['stance', 'ministry', '2020-01-01', 'stance:1', 'extra'])],
    ['a number among the keys', forged(['stance', 'ministry', 2020, 'stance:1'])],
    ['null among the keys', forged(['stance', null, '2020-01-01', 'stance:1'])],
  ])('refuses a forged list cursor: %s', (_, cursor) => {
    expectRefused(() => listKeyDecoder(lists.STANCES)(cursor, 'after'), 'after', cursor);
  });

  // Regression: decodeStatementKey and decodeActorKey destructured [a, b] and never checked the
  // length, so a forged cursor with extra values decoded as if it were one of theirs.
  it('refuses a forged statement cursor with too many values', () => {
    const cursor = forged(['statement', '2019-01-01', 'stmt:1', 'extra']);
    expectRefused(() => decodeStatementKey(cursor, 'after'), 'after', cursor);
  });

  it('refuses a forged actor cursor with too many values', () => {
    const cursor = forged(['actor', 'ministry', 'actor:m', 'extra']);
    expectRefused(() => decodeActorKey(cursor, 'after'), 'after', cursor);
  });

  it('names the argument the bad cursor came in, after or before', () => {
    const bad = forged(['statement', '2019-02-30', 'stmt:1']);
    expectRefused(() => pageRequest({ after: bad }, decodeStatementKey), 'after', bad);
    expectRefused(() => pageRequest({ last: 5, before: bad }, decodeStatementKey), 'before', bad);
  });

  it('decodes a valid cursor into the page request it came in', () => {
    const after = statementCursor(statement({ id: 'stmt:9', at: '2022-12-31' }));
    expect(pageRequest({ first: 3, after }, decodeStatementKey)).toEqual({
      direction: 'forward',
      size: 3,
      from: { at: '2022-12-31', id: 'stmt:9' },
    });
  });
});

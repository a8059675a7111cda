// The Cypher each composed query sends, with its parameters: a change to query shape shows
// up in review as a snapshot diff (update with `npx jest -u` after checking it).

import {
  actorCursor,
  decodeActorKey,
  decodeStatementKey,
  listCursor,
  listKeyDecoder,
  pageRequest,
  statementCursor,
} from '../../../src/api/connections';
import { bucketRequest } from '../../../src/core/reads/aggregate';
import { buildActorCountQuery, buildActorPageQuery } from '../../../src/store/repo/actor-query';
import { buildAggregateQuery, buildBucketCountQuery } from '../../../src/store/repo/aggregate';
import {
  buildListCountQuery,
  buildListPageQuery,
  buildOwnedListCountQuery,
  buildOwnedListPageQuery,
} from '../../../src/store/repo/keyset-list';
import {
  ACTOR_STANCES,
  CLAIM_APPEARANCES,
  CLAIM_RELATIONS,
  CONTRADICTIONS,
  STANCES_ABOUT,
  TOPIC_CLAIMS,
  TOPICS,
} from '../../../src/store/repo/lists';
import {
  buildOwnedStatementCountQuery,
  buildOwnedStatementsQuery,
  buildStatementCountQuery,
  buildStatementPageQuery,
} from '../../../src/store/repo/statement-query';

const after = statementCursor({ id: 'stmt:x', at: '2019-03-14' } as never);
const before = after;

describe('composed Cypher', () => {
  it.each([
    ['no filter, first page', {}, { first: 20 }],
    [
      'speaker and topic after a cursor',
      { speakerIds: ['actor:a'], topicIds: ['topic:t'] },
      { first: 2, after },
    ],
    [
      'text anchor with speaker, dates, direct',
      { text: '+evidence', speakerIds: ['actor:a'], from: '2019-01-01', to: '2019-12-31', direct: true },
      { first: 5 },
    ],
    ['source anchor, backwards', { sourceId: 'source:s' }, { last: 2, before }],
    [
      'topic within a date range',
      { topicIds: ['topic:t'], from: '2019-01-01', to: '2019-03-31' },
      { first: 20 },
    ],
  ])('statement page: %s', (_, filter, page) => {
    expect(buildStatementPageQuery(filter, pageRequest(page, decodeStatementKey))).toMatchSnapshot();
  });

  it('statement page bringing speakers, sources and outlets along (look-ahead)', () => {
    expect(
      buildStatementPageQuery({ topicIds: ['topic:t'] }, pageRequest({ first: 20 }, decodeStatementKey), {
        speaker: true,
        source: true,
        outlet: true,
      }),
    ).toMatchSnapshot();
    expect(
      buildOwnedStatementsQuery('actor', ['a'], pageRequest({ first: 50 }, decodeStatementKey), {
        source: true,
        outlet: true,
      }),
    ).toMatchSnapshot();
  });

  it('statement count', () => {
    expect(buildStatementCountQuery({ speakerIds: ['actor:a'], direct: false })).toMatchSnapshot();
  });

  it.each(['actor', 'source', 'claim', 'stance'] as const)(
    'statements of many %ss, one round trip',
    (kind) => {
      expect(
        buildOwnedStatementsQuery(kind, ['a', 'b'], pageRequest({ first: 20, after }, decodeStatementKey)),
      ).toMatchSnapshot();
      expect(buildOwnedStatementCountQuery(kind, ['a', 'b'])).toMatchSnapshot();
    },
  );

  it('actor pages and counts', () => {
    const cursor = actorCursor({ id: 'actor:b', name: 'B' } as never);
    expect(
      buildActorPageQuery(
        { search: '+stoltenberg', kind: 'PERSON' },
        pageRequest({ first: 2, after: cursor }, decodeActorKey),
      ),
    ).toMatchSnapshot();
    expect(buildActorPageQuery({}, pageRequest({ last: 3 }, decodeActorKey))).toMatchSnapshot();
    expect(buildActorCountQuery({ kind: 'MEDIA' })).toMatchSnapshot();
  });

  it.each(['ACTOR', 'TOPIC', 'OUTLET', 'MONTH'] as const)('aggregate by %s', (key) => {
    expect(
      buildAggregateQuery(key, { topicIds: ['topic:t'] }, bucketRequest(key, 10, null)),
    ).toMatchSnapshot();
  });

  it('aggregate buckets in another order, and their count', () => {
    expect(buildAggregateQuery('ACTOR', {}, bucketRequest('ACTOR', 1000, 'KEY_DESC'))).toMatchSnapshot();
    expect(buildBucketCountQuery('OUTLET', { direct: true })).toMatchSnapshot();
  });

  it.each([
    ["a topic's claims", TOPIC_CLAIMS],
    ["a claim's appearances", CLAIM_APPEARANCES],
    ["a claim's relations", CLAIM_RELATIONS],
    ["an actor's stances as of a date", ACTOR_STANCES],
  ] as const)(
    'one page of %s for many owners, forwards and backwards from a cursor, and counts',
    (_, list) => {
      const decode = listKeyDecoder(list);
      const cursor = listCursor(
        list,
        list.keys.map((_k, i) => `k${i}`),
      );
      const params = list === ACTOR_STANCES ? { asOf: null } : {};
      expect(
        buildOwnedListPageQuery(list, ['a', 'b'], pageRequest({ first: 20 }, decode), params),
      ).toMatchSnapshot();
      expect(
        buildOwnedListPageQuery(list, ['a', 'b'], pageRequest({ last: 5, before: cursor }, decode), params),
      ).toMatchSnapshot();
      expect(buildOwnedListCountQuery(list, ['a', 'b'], params)).toMatchSnapshot();
    },
  );

  it.each([
    ['topics', TOPICS, {}],
    ['contradictions', CONTRADICTIONS, { actorIds: null, topicIds: ['topic:t'] }],
    ['stances toward known targets', STANCES_ABOUT, { actorIds: null, aboutIds: ['topic:t'], asOf: null }],
  ] as const)('one page of %s after a cursor, and the count', (_, list, params) => {
    const cursor = listCursor(
      list,
      list.keys.map((_k, i) => `k${i}`),
    );
    expect(
      buildListPageQuery(list, pageRequest({ first: 2, after: cursor }, listKeyDecoder(list)), params),
    ).toMatchSnapshot();
    expect(buildListCountQuery(list, params)).toMatchSnapshot();
  });
});

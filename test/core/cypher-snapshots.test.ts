// The Cypher each composed query sends, with its parameters: a change to query shape shows
// up in review as a snapshot diff (update with `npx jest -u` after checking it).

import { buildActorCountQuery, buildActorPageQuery } from '../../src/repo/actor-query';
import { actorCursor, decodeActorKey } from '../../src/repo/actors';
import { buildAggregateQuery } from '../../src/repo/aggregate';
import { pageRequest } from '../../src/repo/pagination';
import {
  buildOwnedStatementCountQuery,
  buildOwnedStatementsQuery,
  buildStatementCountQuery,
  buildStatementPageQuery,
} from '../../src/repo/statement-query';
import { decodeStatementKey, statementCursor } from '../../src/repo/statements';

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

  it.each(['actor', 'source', 'claim'] as const)('statements of many %ss, one round trip', (kind) => {
    expect(
      buildOwnedStatementsQuery(kind, ['a', 'b'], pageRequest({ first: 20, after }, decodeStatementKey)),
    ).toMatchSnapshot();
    expect(buildOwnedStatementCountQuery(kind, ['a', 'b'])).toMatchSnapshot();
  });

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
    expect(buildAggregateQuery(key, { topicIds: ['topic:t'] })).toMatchSnapshot();
  });
});

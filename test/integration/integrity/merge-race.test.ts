// Issue 15, finding 4: ten identical mergeActors calls in parallel. Two reported
// movedStatements: 3, the graph ended with 6 SAID_BY edges for 3 statements, the kept actor's
// aliases became null and mergedIds listed the merged id twice.

import { useHarness } from '../../support/harness';

const UPSERT = 'mutation ($input: ActorInput!) { upsertActor(input: $input) { id } }';
const RECORD = 'mutation ($input: RecordStatementInput!) { recordStatement(input: $input) { id } }';
const MERGE = `mutation ($keepId: ID!, $mergeId: ID!) {
  mergeActors(keepId: $keepId, mergeId: $mergeId) { mergedId movedStatements actor { id aliases } }
}`;

describe('mergeActors under concurrency', () => {
  const harness = useHarness({ restoreSeed: true });

  async function pair(round: number): Promise<{ keepId: string; mergeId: string }> {
    const keepId = `actor:merge-keep-${round}`;
    const mergeId = `actor:merge-gone-${round}`;
    await harness.gql(UPSERT, {
      input: { id: keepId, name: `Keeper ${round}`, kind: 'PERSON', aliases: ['The Keeper'] },
    });
    await harness.gql(UPSERT, { input: { id: mergeId, name: `An official ${round}`, kind: 'ANONYMOUS' } });
    for (let n = 0; n < 3; n++) {
      const response = await harness.gql(RECORD, {
        input: {
          text: `Merged words ${round}.${n}`,
          direct: true,
          cue: 'said',
          speakerId: mergeId,
          sourceId: 'source:independent-2019-03-14-huawei-nato',
        },
      });
      expect(response.errors).toBeUndefined();
    }
    return { keepId, mergeId };
  }

  it.each([1, 2, 3])(
    'regression: ten identical merges in parallel move each statement once (round %i)',
    async (round) => {
      const ids = await pair(round);
      const responses = await Promise.all(Array.from({ length: 10 }, () => harness.gql(MERGE, ids)));
      for (const response of responses) expect(response.errors).toBeUndefined();
      const answers = new Set(responses.map((response) => JSON.stringify(response.data)));
      expect(answers.size).toBe(1);
      expect(responses[0]?.data).toEqual({
        mergeActors: {
          mergedId: ids.mergeId,
          movedStatements: 3,
          actor: { id: ids.keepId, aliases: ['The Keeper', `An official ${round}`] },
        },
      });
      const graph = await harness.db.read(
        'test.merge-state',
        `MATCH (keep:Actor {id: $keepId})
       RETURN COUNT { (:Statement)-[:SAID_BY]->(keep) } AS saidBy, keep.mergedIds AS mergedIds,
              COUNT { (:Actor {id: $mergeId}) } AS gone, COUNT { (:ActorMerge {mergedId: $mergeId}) } AS records`,
        ids,
      );
      const record = graph.records[0];
      expect(Number(record?.get('saidBy'))).toBe(3);
      expect(record?.get('mergedIds')).toEqual([ids.mergeId]);
      expect(Number(record?.get('gone'))).toBe(0);
      expect(Number(record?.get('records'))).toBe(1);
    },
  );

  it('settles two merges in opposite directions with one winner, losing no statement', async () => {
    const a = await pair(4);
    const responses = await Promise.all([
      harness.gql(MERGE, a),
      harness.gql(MERGE, { keepId: a.mergeId, mergeId: a.keepId }),
    ]);
    const succeeded = responses.filter((response) => !response.errors);
    expect(succeeded).toHaveLength(1);
    expect(responses.find((response) => response.errors)?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const statements = await harness.db.read(
      'test.merge-opposite',
      `MATCH (s:Statement)-[:SAID_BY]->(a:Actor) WHERE a.id IN [$keepId, $mergeId] RETURN count(s) AS n, count(DISTINCT a) AS actors`,
      a,
    );
    expect(Number(statements.records[0]?.get('n'))).toBe(3);
    expect(Number(statements.records[0]?.get('actors'))).toBe(1);
  });
});

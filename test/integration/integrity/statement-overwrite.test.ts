// Issue 15, finding 3: recordStatement with an existing id silently replaced the statement
// (text replaced, claim and intermediary links removed), and an offset of 100000 on a 4 KB
// text was accepted.

import { graphChecksum } from '../../support/graph-state';
import { useHarness } from '../../support/harness';
import { expectRejected } from '../../support/write-checks';

const RECORD = `mutation ($input: RecordStatementInput!, $replace: Boolean) {
  recordStatement(input: $input, replace: $replace) { id text cue claim { id } via { id } }
}`;
const STORED = 'stmt:ren-they-have-to-have-evidence';
const PUBLICATION = 'source:independent-2019-03-14-huawei-nato';
const READ = `{ statement(id: "${STORED}") { text claim { id } via { id } } }`;

describe('recording over an existing statement', () => {
  const harness = useHarness({ restoreSeed: true });
  const base = { direct: true, cue: 'said', speakerId: 'actor:ren-zhengfei', sourceId: PUBLICATION };

  it('regression: another text under an existing id is a CONFLICT, and the statement keeps its links', async () => {
    const before = await harness.gql(READ);
    const error = await expectRejected(harness, RECORD, {
      input: { ...base, id: STORED, text: 'Replaced text' },
    });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'input.id', id: STORED });
    expect(error.differing).toEqual(expect.arrayContaining(['text', 'viaIds', 'claimId']));
    expect((await harness.gql(READ)).data).toEqual(before.data);
  });

  it.each([
    ['point out', 'point out'],
    ['pointed out', 'point out'],
    ['called on', 'call on'],
    ['according to', 'according_to'],
    ['said', 'say'],
  ])('regression: records the cue %j as %j (multi-word base forms were refused)', async (cue, stored) => {
    const response = await harness.gql<{ recordStatement: { cue: string } }>(RECORD, {
      input: { ...base, cue, id: `stmt:cue-probe-${stored.replace(/\W/g, '-')}`, text: `Words for ${cue}` },
      replace: true,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordStatement.cue).toBe(stored);
  });

  it('replaces it when the caller passes replace: true', async () => {
    const response = await harness.gql<{ recordStatement: { text: string; via: unknown[] } }>(RECORD, {
      input: { ...base, id: 'stmt:replace-probe', text: 'First words' },
    });
    expect(response.errors).toBeUndefined();
    const replaced = await harness.gql<{ recordStatement: { text: string } }>(RECORD, {
      input: { ...base, id: 'stmt:replace-probe', text: 'Second words' },
      replace: true,
    });
    expect(replaced.data?.recordStatement.text).toBe('Second words');
  });

  it('answers the stored statement, changing nothing, when the same content is recorded again', async () => {
    const input = { ...base, text: 'Words recorded twice', cue: 'told' };
    const first = await harness.gql(RECORD, { input });
    const before = await graphChecksum(harness.db);
    const second = await harness.gql(RECORD, { input: { ...input, cue: 'tell' } });
    expect(second.data).toEqual(first.data);
    expect(await graphChecksum(harness.db)).toBe(before);
  });

  it("keeps a claim's topics when a statement names the claim by its text", async () => {
    const claim = await harness.gql<{ claim: { text: string; topics: { totalCount: number } } }>(
      '{ claim(id: "claim:us-singles-out-huawei-without-evidence") { text topics(first: 10) { totalCount } } }',
    );
    const topics = claim.data?.claim.topics.totalCount ?? 0;
    expect(topics).toBeGreaterThan(0);
    const response = await harness.gql(RECORD, {
      input: {
        ...base,
        text: 'Another statement of the same claim',
        claim: { text: claim.data?.claim.text },
      },
    });
    expect(response.errors).toBeUndefined();
    const after = await harness.gql<{ claim: { topics: { totalCount: number } } }>(
      '{ claim(id: "claim:us-singles-out-huawei-without-evidence") { topics(first: 10) { totalCount } } }',
    );
    expect(after.data?.claim.topics.totalCount).toBe(topics);
  });

  it('regression: an offset past the end of the stored text is BAD_USER_INPUT', async () => {
    const length = await harness.db.read(
      'test.text-length',
      'MATCH (s:Source {id: $id}) RETURN size(s.text) AS n',
      {
        id: PUBLICATION,
      },
    );
    const textLength = Number(length.records[0]?.get('n'));
    expect(textLength).toBeGreaterThan(1000);
    const error = await expectRejected(harness, RECORD, {
      input: { ...base, text: 'Far away', startOffset: 100_000, endOffset: 100_010 },
    });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endOffset' });
    const inside = await harness.gql(RECORD, {
      input: { ...base, text: 'Inside', startOffset: textLength - 10, endOffset: textLength },
    });
    expect(inside.errors).toBeUndefined();
  });
});

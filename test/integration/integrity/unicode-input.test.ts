// Issue 15, finding 6: Unicode was taken as sent. Lone surrogates became U+FFFD, NUL,
// right-to-left overrides and zero-width characters were stored in names, and a name of only
// a zero-width space counted as non-empty.

import { useHarness } from '../../support/harness';
import { expectRejected } from '../../support/write-checks';

const UPSERT = 'mutation ($input: ActorInput!) { upsertActor(input: $input) { id name aliases } }';
const RECORD = 'mutation ($input: RecordStatementInput!) { recordStatement(input: $input) { id text } }';
const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { duplicate } }';

describe('Unicode in what clients send', () => {
  const harness = useHarness({ restoreSeed: true });

  it.each([
    ['a zero-width space only', '\u200b', 'input.name'],
    ['combining marks only', '\u0301\u0308', 'input.name'],
    ['a NUL', 'Evil\u0000Name', 'input.name'],
    ['a right-to-left override', 'abc\u202edef', 'input.name'],
    ['a bidi isolate', '\u2067Name\u2069', 'input.name'],
    ['a lone surrogate', 'X\ud800Y', 'input.name'],
  ])('regression: refuses a name with %s as BAD_USER_INPUT naming the field', async (_, name, field) => {
    expect(await expectRejected(harness, UPSERT, { input: { name, kind: 'PERSON' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  it('refuses a bad alias naming its index', async () => {
    const error = await expectRejected(harness, UPSERT, {
      input: { name: 'Alias Probe', kind: 'PERSON', aliases: ['fine', 'bad\u202e'] },
    });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.aliases[1]' });
  });

  it('stores names in NFC without invisible characters, so the decomposed and composed spellings are one actor', async () => {
    const decomposed = await harness.gql<{ upsertActor: { id: string; name: string } }>(UPSERT, {
      input: { name: 'Jose\u0301\u200b  Ramírez', kind: 'PERSON' },
    });
    expect(decomposed.data?.upsertActor.name).toBe('José Ramírez');
    const composed = await harness.gql<{ upsertActor: { id: string } }>(UPSERT, {
      input: { name: 'José Ramírez' },
    });
    expect(composed.data?.upsertActor.id).toBe(decomposed.data?.upsertActor.id);
  });

  it('keeps the joiners Persian and Indic names need', async () => {
    const response = await harness.gql<{ upsertActor: { name: string } }>(UPSERT, {
      input: { name: 'محمد\u200cرضا', kind: 'PERSON' },
    });
    expect(response.data?.upsertActor.name).toBe('محمد\u200cرضا');
  });

  it('counts a name at the limit in characters, in any script', async () => {
    const ok = await harness.gql(UPSERT, { input: { name: '漢'.repeat(300), kind: 'PERSON' } });
    expect(ok.errors).toBeUndefined();
    const error = await expectRejected(harness, UPSERT, {
      input: { name: '漢'.repeat(301), kind: 'PERSON' },
    });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('refuses control characters and lone surrogates in free text, keeping line breaks', async () => {
    const base = {
      direct: true,
      cue: 'said',
      speakerId: 'actor:ren-zhengfei',
      sourceId: 'source:independent-2019-03-14-huawei-nato',
    };
    for (const text of ['bad\u0000text', 'bad\ud800text', 'bad\u001btext']) {
      expect(await expectRejected(harness, RECORD, { input: { ...base, text } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.text',
      });
    }
    const ok = await harness.gql<{ recordStatement: { text: string } }>(RECORD, {
      input: { ...base, text: 'Line one\nline two\tand a tab, e\u0301' },
    });
    expect(ok.data?.recordStatement.text).toBe('Line one\nline two\tand a tab, é');
    expect(
      await expectRejected(harness, INGEST, { input: { text: 'An article\ud800 with a lone half.' } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.text',
    });
    expect(
      await expectRejected(harness, INGEST, { input: { text: 'An article.', outlet: 'Bad\u202eOutlet' } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outlet' });
  });
});

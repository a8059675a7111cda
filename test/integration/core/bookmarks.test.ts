// Read-your-writes across replicas: a write's response carries its bookmarks; sent back to
// another server process's API, the read runs after that write. A header this API did not
// send is refused before anything runs.

import { BOOKMARK_HEADER, decodeBookmarks } from '../../../src/api/plugins/use-bookmarks';
import { authHeaders, type Harness, openHarness, useHarness } from '../../support/harness';

const RECORD = `mutation ($input: RecordStatementInput!) { recordStatement(input: $input) { id } }`;

interface Answer {
  data?: { recordStatement?: { id: string } } & Record<string, unknown>;
  errors?: Array<{ extensions?: { code?: string } }>;
}

async function post(
  harness: Harness,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await harness.server.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders('editor'), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    bookmarks: response.headers.get(BOOKMARK_HEADER),
    body: (await response.json()) as Answer,
  };
}

describe('bookmarks across replicas', () => {
  const writer = useHarness({ restoreSeed: true });
  let reader: Harness;
  beforeAll(() => {
    reader = openHarness();
  });
  afterAll(() => reader.close());

  it('answers a write with its bookmarks, and a read elsewhere that sends them sees the write', async () => {
    const written = await post(writer, RECORD, {
      input: {
        text: 'Written on one replica',
        direct: true,
        cue: 'say',
        speakerId: 'actor:donald-trump',
        sourceId: 'source:independent-2019-03-14-huawei-nato',
      },
    });
    expect(written.body.errors).toBeUndefined();
    const bookmarks = decodeBookmarks(written.bookmarks ?? '');
    expect(bookmarks?.length).toBeGreaterThan(0);
    const id = written.body.data?.recordStatement?.id;
    const read = await post(
      reader,
      '{ statement(id: $id) { text } }'.replace('{ statement', 'query ($id: ID!) { statement'),
      { id },
      {
        [BOOKMARK_HEADER]: written.bookmarks as string,
      },
    );
    expect(read).toMatchObject({
      status: 200,
      bookmarks: null,
      body: { data: { statement: { text: 'Written on one replica' } } },
    });
  });

  it('reads as usual past a well-formed but bogus bookmark', async () => {
    const bogus = Buffer.from(JSON.stringify(['FB:not-a-real-bookmark'])).toString('base64url');
    const answer = await post(
      reader,
      '{ actor(id: "actor:nato") { name } }',
      {},
      { [BOOKMARK_HEADER]: bogus },
    );
    expect(answer).toMatchObject({ status: 200, body: { data: { actor: { name: 'NATO' } } } });
  });

  it('sends no bookmarks for a read', async () => {
    const read = await post(reader, '{ apiVersion }', {});
    expect(read.bookmarks).toBeNull();
  });

  it('refuses a header it did not send, before anything runs', async () => {
    for (const forged of [
      'not base64 json',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from(JSON.stringify(Array(17).fill('x'))).toString('base64url'),
    ]) {
      const answer = await post(reader, '{ apiVersion }', {}, { [BOOKMARK_HEADER]: forged });
      expect({ forged, status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({
        forged,
        status: 400,
        code: 'BAD_REQUEST',
      });
    }
  });
});

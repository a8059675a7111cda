// Issue 18, finding 1: a body that is not JSON answered 200 under `accept: application/json`.
// The GraphQL-over-HTTP spec's statuses, pinned: a request that is not well-formed is 400
// whatever the Accept header; parse and validation failures are 400 under
// application/graphql-response+json and 200 under application/json; a wrong method 405 with
// Allow; an unsupported body type 415.

import { useHarness } from '../../support/harness';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

describe('HTTP statuses', () => {
  const harness = useHarness();

  async function send(init: RequestInit, path = '/graphql') {
    const response = await harness.server.fetch(`http://claimgraph.test${path}`, init);
    const text = await response.text();
    return { status: response.status, allow: response.headers.get('allow'), text };
  }

  const post = (body: string, accept?: string, contentType = JSON_TYPE) =>
    send({ method: 'POST', headers: { 'content-type': contentType, ...(accept ? { accept } : {}) }, body });

  it.each([
    ['a truncated JSON body', '{"query": "{ actors { totalCount '],
    ['a body that is not an object', '"{ apiVersion }"'],
    ['no query', '{}'],
    ['a query that is not text', JSON.stringify({ query: 5 })],
  ])('answers %s with 400 BAD_REQUEST under every Accept header', async (_, body) => {
    for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE, undefined]) {
      const { status, text } = await post(body, accept);
      expect({ accept, status }).toEqual({ accept, status: 400 });
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it.each([
    ['a syntax error', '{ apiVersion', 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
  ])(
    'answers %s with 400 under graphql-response+json and 200 under application/json',
    async (_, query, code) => {
      const body = JSON.stringify({ query });
      const strict = await post(body, GRAPHQL_RESPONSE);
      expect(strict.status).toBe(400);
      expect(JSON.parse(strict.text).errors[0].extensions.code).toBe(code);
      const legacy = await post(body, JSON_TYPE);
      expect(legacy.status).toBe(200);
      expect(JSON.parse(legacy.text).errors[0].extensions.code).toBe(code);
    },
  );

  it('answers a wrong method with 405 and Allow, and a mutation over GET with 405 naming POST', async () => {
    const put = await send({
      method: 'PUT',
      headers: { 'content-type': JSON_TYPE },
      body: '{"query":"{ apiVersion }"}',
    });
    expect({ status: put.status, allow: put.allow }).toEqual({ status: 405, allow: 'GET, POST' });
    const get = await send(
      { headers: { accept: JSON_TYPE } },
      `/graphql?query=${encodeURIComponent('mutation { ping }')}`,
    );
    expect({ status: get.status, allow: get.allow }).toEqual({ status: 405, allow: 'POST' });
  });

  it('answers a body type it does not read with 415', async () => {
    const { status } = await post('{"query":"{ apiVersion }"}', JSON_TYPE, 'text/plain');
    expect(status).toBe(415);
  });

  it('answers a well-formed request with 200', async () => {
    for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE]) {
      const { status, text } = await post('{"query":"{ apiVersion }"}', accept);
      expect(status).toBe(200);
      expect(JSON.parse(text).data.apiVersion).toMatch(/\d/);
    }
  });
});

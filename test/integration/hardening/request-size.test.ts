// No request body may exhaust the heap: past CLAIMGRAPH_MAX_REQUEST_BYTES a body is refused
// with 413 REQUEST_TOO_LARGE, whether it declares its length or streams in chunks, before it
// is parsed; bodies under the cap parse exactly as before (batches, malformed JSON's 400).

import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Harness, openHarness, testConfig } from '../../support/harness';

const LIMIT = 4096;

describe('the request body cap', () => {
  let harness: Harness;
  beforeAll(() => {
    harness = openHarness({ limits: { ...testConfig().limits, maxRequestBytes: LIMIT } });
  });
  afterAll(() => harness.close());

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    harness.server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);

  const padded = (bytes: number) =>
    JSON.stringify({ query: '{ apiVersion }', variables: { pad: 'x'.repeat(bytes) } });

  it('refuses a body that declares a length over the cap, before reading it', async () => {
    const body = padded(LIMIT);
    const response = await post(body, { 'content-length': String(Buffer.byteLength(body)) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'REQUEST_TOO_LARGE', limit: LIMIT } }],
    });
  });

  it('refuses a chunked body as soon as it passes the cap, however long it would go on', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        controller.enqueue(
          new TextEncoder().encode(`{"query":"{ apiVersion }","variables":{"p":"${'y'.repeat(1000)}`),
        );
      },
    });
    const response = await post(endless);
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
        .code,
    ).toBe('REQUEST_TOO_LARGE');
    expect(sent).toBeLessThan(LIMIT * 3);
  });

  it('caps a body of any other type too: application/graphql chunked past the cap is refused, under it parsed', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1000;
        controller.enqueue(new TextEncoder().encode(`{ apiVersion ${'__typename '.repeat(90)}`));
      },
    });
    const refused = await post(endless, { 'content-type': 'application/graphql' });
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_TOO_LARGE' } }] });
    expect(sent).toBeLessThan(LIMIT * 3);
    const parsed = await post('{ apiVersion }', { 'content-type': 'application/graphql' });
    expect(parsed.status).toBe(200);
    expect(await parsed.json()).toMatchObject({ data: { apiVersion: expect.any(String) } });
  });

  it('parses bodies under the cap as before: an operation, a batch, and malformed JSON as 400', async () => {
    const single = await post(JSON.stringify({ query: '{ apiVersion }' }));
    expect(single.status).toBe(200);
    const batch = await post(JSON.stringify([{ query: '{ apiVersion }' }, { query: '{ apiVersion }' }]));
    expect(((await batch.json()) as unknown[]).length).toBe(2);
    const broken = await post('{"query": "{ apiVersion ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    const scalar = await post('42');
    expect(scalar.status).toBe(400);
  });

  it('refuses a 64 MB POST over real HTTP with the default cap, and goes on answering', async () => {
    const server = openHarness();
    const http = createHttpServer(server.server);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
    try {
      const huge = padded(64 * 1024 * 1024);
      const refused = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: huge,
      });
      expect(refused.status).toBe(413);
      const after = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ apiVersion }"}',
      });
      expect(after.status).toBe(200);
    } finally {
      await new Promise((resolve) => http.close(resolve));
      await server.close();
    }
  });
});

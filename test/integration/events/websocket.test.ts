// Subscriptions over WebSocket (graphql-ws) on a real HTTP server: events arrive, the
// envelop plugins apply as over HTTP (roles by the connection's authorization parameter, the
// cost limit), and sockets past the cap are closed.

import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { serveGraphQLOverWebSocket } from '../../../src/api/websocket';
import { resetToSeed } from '../../support/graph-state';
import { type Harness, openHarness, TEST_KEYS, testConfig } from '../../support/harness';

interface Served {
  harness: Harness;
  url: string;
  close(): Promise<void>;
}

async function serve(harness: Harness, maxConnections = 10): Promise<Served> {
  const http: Server = createHttpServer(harness.server);
  const sockets = serveGraphQLOverWebSocket(http, harness.server, { maxConnections });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    harness,
    url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`,
    async close() {
      await sockets.close();
      await new Promise((resolve) => http.close(resolve));
      await harness.close();
    },
  };
}

function client(url: string, authorization?: string): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    ...(authorization ? { connectionParams: { authorization } } : {}),
  });
}

/** The first result of a subscription (data or errors), or why the socket closed. */
function first(subscriber: Client, query: string): { result: Promise<unknown>; started: Promise<void> } {
  let started!: () => void;
  const startedPromise = new Promise<void>((resolve) => {
    started = resolve;
  });
  const result = new Promise((resolve, reject) => {
    const dispose = subscriber.subscribe(
      { query },
      {
        next: (value) => {
          resolve(value);
          dispose();
        },
        error: (error) =>
          error instanceof Error
            ? reject(error)
            : resolve({ closed: (error as { code?: number }).code ?? error }),
        complete: () => resolve({ completed: true }),
      },
    );
    // graphql-ws opens lazily on subscribe; give the server a moment to register the listener.
    setTimeout(started, 300);
  });
  return { result, started: startedPromise };
}

const RECORD = `mutation ($input: RecordStatementInput!) { recordStatement(input: $input) { id } }`;

describe('subscriptions over WebSocket', () => {
  let open: Served;
  let keyed: Served;

  beforeAll(async () => {
    open = await serve(openHarness({}), 2);
    keyed = await serve(openHarness({ auth: { ...testConfig().auth, requireReadKey: true } }));
    await resetToSeed(open.harness.db);
  });
  afterAll(async () => {
    await resetToSeed(open.harness.db);
    await open.close();
    await keyed.close();
  });

  it('delivers a recorded statement to a graphql-ws subscriber', async () => {
    const subscriber = client(open.url);
    const { result, started } = first(
      subscriber,
      'subscription { statementAdded(filter: { speaker: "Trump" }) { id text speaker { name } } }',
    );
    await started;
    const recorded = await open.harness.gql<{ recordStatement: { id: string } }>(RECORD, {
      input: {
        text: 'Over the socket',
        direct: true,
        cue: 'say',
        speakerId: 'actor:donald-trump',
        sourceId: 'source:independent-2019-03-14-huawei-nato',
      },
    });
    expect(await result).toEqual({
      data: {
        statementAdded: {
          id: recorded.data?.recordStatement.id,
          text: 'Over the socket',
          speaker: { name: 'Donald Trump' },
        },
      },
    });
    await subscriber.dispose();
  });

  it('applies the cost limit as over HTTP', async () => {
    const subscriber = client(open.url);
    const { result } = first(
      subscriber,
      'subscription { statementAdded { speaker { statements(first: 100) { edges { node { claim { statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node { id } } } } } } } } } } } } } }',
    );
    const answer = (await result) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    await subscriber.dispose();
  });

  it('needs a key when reads do, taken from the connection parameters', async () => {
    const anonymous = client(keyed.url);
    const refused = (await first(anonymous, 'subscription { statementAdded { id } }').result) as {
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await anonymous.dispose();
    const reader = client(keyed.url, `Bearer ${TEST_KEYS.reader}`);
    const { result, started } = first(reader, 'subscription { statementAdded { id } }');
    await started;
    await keyed.harness.gql(RECORD, {
      input: {
        text: 'For keyed readers',
        direct: true,
        cue: 'say',
        speakerId: 'actor:donald-trump',
        sourceId: 'source:independent-2019-03-14-huawei-nato',
      },
    });
    expect(await result).toMatchObject({ data: { statementAdded: { id: expect.stringMatching(/^stmt:/) } } });
    await reader.dispose();
  });

  it('closes a socket past the connection cap with 1013', async () => {
    const sockets = [
      new WebSocket(open.url, 'graphql-transport-ws'),
      new WebSocket(open.url, 'graphql-transport-ws'),
    ];
    await Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once('open', resolve))));
    const third = new WebSocket(open.url, 'graphql-transport-ws');
    const code = await new Promise((resolve) => third.once('close', resolve));
    expect(code).toBe(1013);
    for (const socket of sockets) socket.close();
  });
});

// Two real API processes sharing a real Redis: a subscriber on replica A hears statements
// ingested through replica B (and only those its filter selects), /ready reports the bus, and
// the bus survives Redis going away and coming back while writes keep arriving.

import { type ApiReplica, startReplica } from '../../support/api-replicas';
import { resetToSeed } from '../../support/graph-state';
import { useHarness } from '../../support/harness';
import { startRedis, type TestRedis } from '../../support/redis';
import { type SseSubscription, subscribeSse } from '../../support/sse';

type Next = { data?: { statementAdded?: { id: string; speaker: { name: string } } } };

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { statements { id speaker { name } } }
}`;

// Written for this test; no publisher's text.
let articles = 0;
function article(speakerLine: string, otherLine: string) {
  articles += 1;
  const title = `Harbour works, day ${articles}`;
  return {
    title,
    outlet: 'The Quayside Post',
    publishedAt: '2026-11-30',
    url: `https://quayside.example/harbour/${articles}`,
    text: [title, speakerLine, otherLine].join('\n\n'),
  };
}

async function until<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('events across API replicas on Redis', () => {
  const harness = useHarness({ restoreSeed: true });
  let redis: TestRedis;
  let a: ApiReplica;
  let b: ApiReplica;
  let subscription: SseSubscription<Next>;

  beforeAll(async () => {
    await resetToSeed(harness.db);
    redis = await startRedis();
    [a, b] = await Promise.all([
      startReplica({ CLAIMGRAPH_REDIS_URL: redis.url }),
      startReplica({ CLAIMGRAPH_REDIS_URL: redis.url }),
    ]);
    // A replica answers before its Redis clients have connected; on a loaded machine that
    // takes a moment, and a subscription made before then hears nothing.
    for (const replica of [a, b])
      await until(
        () => replica.ready(),
        (ready) => ready.body.eventBus === 'up',
      );
    subscription = await subscribeSse<Next>(
      fetch,
      `${a.url}/graphql`,
      `subscription {
      statementAdded(filter: { speaker: "Ines Carvalho" }) { id speaker { name } }
    }`,
    );
  }, 120_000);

  afterAll(async () => {
    await subscription?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('reports the event bus in /ready', async () => {
    expect(await a.ready()).toEqual({ status: 200, body: { ready: true, eventBus: 'up' } });
  });

  it('delivers to a subscriber on A what is ingested through B, and only what its filter selects', async () => {
    const ingested = await b.gql<{
      ingestArticle: { statements: { id: string; speaker: { name: string } }[] };
    }>(INGEST, {
      input: article(
        '"The dredging will finish before the storms," said Ines Carvalho, the harbour engineer.',
        'Pedro Alves said the fishermen had not been consulted.',
      ),
    });
    expect(ingested.errors).toBeUndefined();
    const statements = ingested.data?.ingestArticle.statements ?? [];
    const hers = statements.filter((statement) => statement.speaker.name === 'Ines Carvalho');
    expect(hers).toHaveLength(1);
    expect(statements.length).toBeGreaterThan(1);
    expect((await subscription.next()).data?.statementAdded).toEqual(hers[0]);
  });

  it('keeps writing while Redis is away, and delivers again once it is back', async () => {
    await redis.stop();
    expect(
      await until(
        () => a.ready(),
        (ready) => ready.body.eventBus === 'down',
      ),
    ).toEqual({
      status: 200,
      body: { ready: true, eventBus: 'down' },
    });
    // Writes do not wait for the bus: they commit, and their events are dropped.
    const whileAway = await b.gql(INGEST, {
      input: article(
        '"We lost a day to the fog," said Ines Carvalho.',
        'Pedro Alves said the quay was closed.',
      ),
    });
    expect(whileAway.errors).toBeUndefined();
    await redis.start();
    await until(
      () => Promise.all([a.ready(), b.ready()]),
      (both) => both.every((ready) => ready.body.eventBus === 'up'),
    );
    // Under load: writes through both replicas while the subscriber on A waits for hers.
    const load = Array.from({ length: 6 }, (_, index) =>
      (index % 2 === 0 ? a : b).gql(INGEST, {
        input: article(
          `Pedro Alves said crane ${index} was idle.`,
          `Rui Matos said shift ${index} had ended.`,
        ),
      }),
    );
    const back = await b.gql<{ ingestArticle: { statements: { id: string; speaker: { name: string } }[] } }>(
      INGEST,
      {
        input: article(
          '"The harbour reopens on Monday," said Ines Carvalho.',
          'Pedro Alves said he was relieved.',
        ),
      },
    );
    const results = await Promise.all(load);
    expect(results.filter((result) => result.errors)).toEqual([]);
    const hers = back.data?.ingestArticle.statements.find(
      (statement) => statement.speaker.name === 'Ines Carvalho',
    );
    expect((await subscription.next(15_000)).data?.statementAdded?.id).toBe(hers?.id);
  });
});

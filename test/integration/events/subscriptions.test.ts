// Subscriptions over SSE, in process on the in-process event bus: statementAdded with each
// filter field (a speaker the graph does not know yet included), claimAppeared, events only
// after a commit, and the same roles and limits as queries.

import { resetToSeed } from '../../support/graph-state';
import {
  authHeaders,
  type Harness,
  openHarness,
  TEST_KEYS,
  testConfig,
  useHarness,
} from '../../support/harness';
import { type SseSubscription, subscribeSse } from '../../support/sse';

type Next = {
  // biome-ignore lint/suspicious/noExplicitAny: a payload whose shape each test's selection sets
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};

const STATEMENT_ADDED = `subscription ($filter: StatementFilter) {
  statementAdded(filter: $filter) { id text direct speaker { name } source { id } claim { id } }
}`;
const CLAIM_APPEARED = `subscription ($claimId: ID) {
  claimAppeared(claimId: $claimId) { claim { id } source { id title } statement { id text } }
}`;
const RECORD = `mutation ($input: RecordStatementInput!) { recordStatement(input: $input) { id } }`;
const UPSERT_SOURCE = `mutation ($input: SourceInput!) { upsertSource(input: $input) { id } }`;
const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { statements { id text speaker { name } } } }`;

const SEED_SOURCE = 'source:independent-2019-03-14-huawei-nato';
const SEED_CLAIM = 'claim:us-should-adopt-5g-6g-asap';

function subscribe(
  harness: Harness,
  query: string,
  variables: Record<string, unknown> = {},
  role: 'anonymous' | 'reader' = 'anonymous',
) {
  return subscribeSse<Next>(
    (url, init) => Promise.resolve(harness.server.fetch(url, init)),
    'http://claimgraph.test/graphql',
    query,
    variables,
    authHeaders(role),
  );
}

// Written for this test; no publisher's text.
const article = (title: string, paragraphs: string[]) => ({
  title,
  outlet: 'The Lakeside Ledger',
  publishedAt: '2026-11-28',
  url: `https://ledger.example/${encodeURIComponent(title)}`,
  text: [title, ...paragraphs].join('\n\n'),
});

describe('subscriptions over SSE', () => {
  const harness = useHarness({ restoreSeed: true });
  const open: SseSubscription<Next>[] = [];
  const track = async (subscription: Promise<SseSubscription<Next>>) => {
    const opened = await subscription;
    open.push(opened);
    return opened;
  };
  let counter = 0;
  const record = async (text: string, extra: Record<string, unknown> = {}) => {
    counter += 1;
    const result = await harness.gql<{ recordStatement: { id: string } }>(RECORD, {
      input: {
        text: `${text} (${counter})`,
        direct: true,
        cue: 'say',
        speakerId: 'actor:donald-trump',
        sourceId: SEED_SOURCE,
        ...extra,
      },
    });
    expect(result.errors).toBeUndefined();
    return result.data?.recordStatement.id as string;
  };

  beforeAll(() => resetToSeed(harness.db));
  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.close()));
  });

  it('tells a subscriber about a speaker the graph did not know when it subscribed, and only that speaker', async () => {
    const before = await harness.gql<{ actor: unknown }>('{ actor(name: "Zorana Petrović") { id } }');
    expect(before.data?.actor).toBeNull();
    const subscription = await track(
      subscribe(harness, STATEMENT_ADDED, { filter: { speaker: 'Petrović' } }),
    );
    expect(subscription.status).toBe(200);
    const ingested = await harness.gql<{
      ingestArticle: { statements: { id: string; speaker: { name: string } }[] };
    }>(INGEST, {
      input: article('Ferry timetable cut draws protest', [
        '"The ferry is how our children get to school," Zorana Petrović, who chairs the island council, said on Friday.',
        "Harald Lind, the operator's spokesman, said the timetable would be reviewed in the spring.",
      ]),
    });
    const statements = ingested.data?.ingestArticle.statements ?? [];
    const hers = statements.filter((statement) => statement.speaker.name === 'Zorana Petrović');
    expect(hers.length).toBeGreaterThan(0);
    expect(statements.length).toBeGreaterThan(hers.length);
    const received = [];
    for (const _ of hers) received.push((await subscription.next()).data?.statementAdded);
    expect(received.map((statement) => statement.id).sort()).toEqual(
      hers.map((statement) => statement.id).sort(),
    );
    expect(received.every((statement) => statement.speaker.name === 'Zorana Petrović')).toBe(true);
    // Her next statement is the next event: nothing of the spokesman's came in between.
    const later = await harness.gql<{
      ingestArticle: { statements: { id: string; speaker: { name: string } }[] };
    }>(INGEST, {
      input: article('Island council to appeal ferry decision', [
        'Harald Lind said the operator had not yet received an appeal.',
        '"We will appeal, and we will win," Petrović said.',
      ]),
    });
    const herLater = later.data?.ingestArticle.statements.filter(
      (statement) => statement.speaker.name === 'Zorana Petrović',
    );
    expect(herLater?.length).toBeGreaterThan(0);
    expect((await subscription.next()).data?.statementAdded.id).toBe(herLater?.[0]?.id);
  });

  it('filters by words, directness and source as statements(filter:) does', async () => {
    const words = await track(
      subscribe(harness, STATEMENT_ADDED, { filter: { text: 'LIGHTHOUSE keepers' } }),
    );
    const reported = await track(
      subscribe(harness, STATEMENT_ADDED, { filter: { direct: false, sourceId: SEED_SOURCE } }),
    );
    await record('Nothing about the sea here');
    const lighthouse = await record('The lighthouse keepers stay, said the minister');
    const indirect = await record('that the keepers of the lighthouse would go', { direct: false });
    expect((await words.next()).data?.statementAdded.id).toBe(lighthouse);
    expect((await words.next()).data?.statementAdded.id).toBe(indirect);
    expect((await reported.next()).data?.statementAdded).toMatchObject({ id: indirect, direct: false });
  });

  it('announces nothing for a write that rolled back, and a recorded statement once', async () => {
    const subscription = await track(
      subscribe(harness, STATEMENT_ADDED, { filter: { speaker: 'Donald Trump' } }),
    );
    const refused = await harness.gql(RECORD, {
      input: {
        text: 'Rolled back',
        direct: true,
        cue: 'say',
        speakerId: 'actor:donald-trump',
        sourceId: SEED_SOURCE,
        viaIds: ['source:nowhere'],
      },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const input = {
      id: 'stmt:subscription-once',
      text: 'Said once',
      direct: true,
      cue: 'say',
      speakerId: 'actor:donald-trump',
      sourceId: SEED_SOURCE,
    };
    await harness.gql(RECORD, { input });
    await harness.gql(RECORD, { input }); // the same statement again: no write, no news
    const after = await record('Said after');
    expect((await subscription.next()).data?.statementAdded.id).toBe('stmt:subscription-once');
    expect((await subscription.next()).data?.statementAdded.id).toBe(after);
  });

  it('tells a journalist following a claim when it reaches a new source, not when a source repeats it', async () => {
    const subscription = await track(subscribe(harness, CLAIM_APPEARED, { claimId: SEED_CLAIM }));
    const sources = [];
    for (const title of ['Wire: 5G race heats up', 'Op-ed: the 6G question']) {
      const created = await harness.gql<{ upsertSource: { id: string } }>(UPSERT_SOURCE, {
        input: {
          kind: 'ARTICLE',
          title,
          url: `https://example.org/${encodeURIComponent(title)}`,
          publishedAt: '2026-11-29',
        },
      });
      sources.push(created.data?.upsertSource.id as string);
    }
    const first = await record('We want 5G and 6G now', { sourceId: sources[0], claim: { id: SEED_CLAIM } });
    await record('We want 5G and 6G now, again', { sourceId: sources[0], claim: { id: SEED_CLAIM } });
    await record('An unrelated remark', { sourceId: sources[1] });
    const second = await record('6G, as soon as possible', {
      sourceId: sources[1],
      claim: { id: SEED_CLAIM },
    });
    expect((await subscription.next()).data?.claimAppeared).toMatchObject({
      claim: { id: SEED_CLAIM },
      source: { id: sources[0], title: 'Wire: 5G race heats up' },
      statement: { id: first },
    });
    expect((await subscription.next()).data?.claimAppeared).toMatchObject({
      source: { id: sources[1] },
      statement: { id: second },
    });
  });

  it('refuses a bad filter with BAD_USER_INPUT and an over-priced selection with QUERY_TOO_COMPLEX', async () => {
    const bad = await track(subscribe(harness, STATEMENT_ADDED, { filter: { from: '2026-02-30' } }));
    expect(bad.status).toBe(400);
    expect((await bad.next()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooManyWords = await track(
      subscribe(harness, STATEMENT_ADDED, { filter: { text: 'word '.repeat(65) } }),
    );
    expect((await tooManyWords.next()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const expensive = await track(
      subscribe(
        harness,
        'subscription { statementAdded { speaker { statements(first: 100) { edges { node { claim { statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node { id } } } } } } } } } } } } } }',
      ),
    );
    expect((await expensive.next()).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers NOT_FOUND for following a claim that does not exist, instead of waiting forever', async () => {
    const unknown = await track(subscribe(harness, CLAIM_APPEARED, { claimId: 'claim:nothing' }));
    expect((await unknown.next()).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'claimId',
    });
  });
});

describe('subscription limits and keys', () => {
  let limited: Harness;
  let keyed: Harness;

  beforeAll(() => {
    limited = openHarness({ limits: { ...testConfig().limits, maxSubscriptions: 1 } });
    keyed = openHarness({ auth: { ...testConfig().auth, requireReadKey: true } });
  });
  afterAll(async () => {
    await limited.close();
    await keyed.close();
  });

  it('refuses a subscription past CLAIMGRAPH_MAX_SUBSCRIPTIONS, and gives the slot back when one ends', async () => {
    const first = await subscribe(limited, STATEMENT_ADDED);
    const second = await subscribe(limited, STATEMENT_ADDED);
    expect((await second.next()).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    await first.close();
    await second.close();
    // The slot comes back once the server sees the client leave.
    let again: Next | undefined;
    for (let attempt = 0; attempt < 50; attempt++) {
      const third = await subscribe(limited, STATEMENT_ADDED);
      again = await third.next(300).catch(() => undefined);
      await third.close();
      if (again === undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(again).toBeUndefined();
  });

  it('caps the subscriptions one client holds, so no one client takes every slot', async () => {
    const perClient = openHarness({
      limits: { ...testConfig().limits, maxSubscriptions: 10, maxSubscriptionsPerClient: 2 },
    });
    const opened: SseSubscription<Next>[] = [];
    try {
      for (let i = 0; i < 2; i++) opened.push(await subscribe(perClient, STATEMENT_ADDED));
      const third = await subscribe(perClient, STATEMENT_ADDED);
      opened.push(third);
      expect((await third.next()).errors?.[0]).toMatchObject({
        extensions: { code: 'TOO_MANY_REQUESTS', limit: 2 },
        message: expect.stringMatching(/one client/),
      });
      // Another client (a credential) has slots of its own.
      const other = await subscribe(perClient, STATEMENT_ADDED, {}, 'reader');
      opened.push(other);
      await expect(other.next(300)).rejects.toThrow('no event');
    } finally {
      await Promise.all(opened.map((subscription) => subscription.close()));
      await perClient.close();
    }
  });

  it('needs a key when reads do', async () => {
    const anonymous = await subscribe(keyed, STATEMENT_ADDED);
    expect((await anonymous.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await anonymous.close();
    const reader = await subscribeSse<Next>(
      (url, init) => Promise.resolve(keyed.server.fetch(url, init)),
      'http://claimgraph.test/graphql',
      STATEMENT_ADDED,
      {},
      { authorization: `Bearer ${TEST_KEYS.reader}` },
    );
    expect(reader.status).toBe(200);
    await expect(reader.next(300)).rejects.toThrow('no event');
    await reader.close();
  });
});

// The opt-in response cache (CLAIMGRAPH_RESPONSE_CACHE_TTL_MS): a query asked again is answered
// without a round trip to Neo4j, until any write commits; then the next answer is read fresh
// and shows the write. Answers are kept per role, errors never, and with Redis a write
// through one replica (or a worker) ends every replica's cached answers. Off by default.

import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { bumpOnCommit, type GraphVersion, redisGraphVersion } from '../../../src/bus/graph-version';
import { redisConnection } from '../../../src/bus/redis';
import { silentLogger } from '../../../src/platform/logger';
import { resetToSeed } from '../../support/graph-state';
import { type Harness, openHarness } from '../../support/harness';
import { startRedis, type TestRedis } from '../../support/redis';

const CACHED = { responseCache: { ttlMs: 60_000, maxBytes: 1024 * 1024 } };
const ACTORS = '{ actors(first: 100) { totalCount edges { node { id name } } } }';
const NAME = 'Cached Reader Test Actor';

const upsert = (harness: Harness, name: string) =>
  harness.gql(
    `mutation ($name: String!) { upsertActor(input: { name: $name, kind: PERSON }) { id } }`,
    { name },
    {
      role: 'editor',
    },
  );

describe('the response cache', () => {
  let harness: Harness;

  beforeAll(() => {
    harness = openHarness(CACHED);
  });

  afterAll(async () => {
    await resetToSeed(harness.db);
    await harness.close();
  });

  it('answers a query asked again with no round trip, the same answer', async () => {
    const first = await harness.gql(ACTORS, {}, { role: 'reader' });
    const again = await harness.gql(ACTORS, {}, { role: 'reader' });
    expect(first.queries.length).toBeGreaterThan(0);
    expect(again.queries).toHaveLength(0);
    expect(again.data).toEqual(first.data);
  });

  it('reads fresh after a write commits, and shows it', async () => {
    await harness.gql(ACTORS, {}, { role: 'reader' });
    const written = await upsert(harness, NAME);
    expect(written.errors).toBeUndefined();
    const after = await harness.gql<{ actors: { edges: Array<{ node: { name: string } }> } }>(
      ACTORS,
      {},
      { role: 'reader' },
    );
    expect(after.queries.length).toBeGreaterThan(0);
    expect(after.data?.actors.edges.map((edge) => edge.node.name)).toContain(NAME);
  });

  it('keeps answers per role: another role’s first request is read fresh', async () => {
    await harness.gql('{ apiVersion topics(first: 3) { edges { node { id } } } }', {}, { role: 'reader' });
    const anonymous = await harness.gql(
      '{ apiVersion topics(first: 3) { edges { node { id } } } }',
      {},
      {
        role: 'anonymous',
      },
    );
    expect(anonymous.queries.length).toBeGreaterThan(0);
  });

  it('never keeps an answer with errors', async () => {
    const query = '{ trace(statementId: "stmt:does-not-exist") { __typename } }';
    const first = await harness.gql(query, {}, { role: 'reader' });
    const again = await harness.gql(query, {}, { role: 'reader' });
    expect(first.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(again.queries.length).toBeGreaterThan(0);
  });

  it('never answers a mutation from the cache', async () => {
    await upsert(harness, NAME);
    const again = await upsert(harness, NAME);
    expect(again.queries.length).toBeGreaterThan(0);
  });
});

describe('without CLAIMGRAPH_RESPONSE_CACHE_TTL_MS', () => {
  let harness: Harness;
  beforeAll(() => {
    harness = openHarness();
  });
  afterAll(() => harness.close());

  it('reads every query fresh', async () => {
    await harness.gql(ACTORS, {}, { role: 'reader' });
    const again = await harness.gql(ACTORS, {}, { role: 'reader' });
    expect(again.queries.length).toBeGreaterThan(0);
  });
});

describe('the response cache across replicas, through Redis', () => {
  let redis: TestRedis;
  let clients: Redis[];
  let replicaA: Harness;
  let replicaB: Harness;

  // A fails-fast connection refuses commands until it is ready: nothing is cached before then.
  async function sharedVersion(): Promise<GraphVersion> {
    const client = redisConnection(redis.url, 'fails-fast');
    clients.push(client);
    await once(client, 'ready');
    return redisGraphVersion(client);
  }

  beforeAll(async () => {
    redis = await startRedis();
    clients = [];
    const versionA = await sharedVersion();
    const versionB = await sharedVersion();
    replicaA = openHarness(CACHED, { graphVersion: versionA });
    replicaB = openHarness(CACHED, { graphVersion: versionB });
    bumpOnCommit(replicaA.db, versionA, silentLogger);
    bumpOnCommit(replicaB.db, versionB, silentLogger);
  }, 30_000);

  afterAll(async () => {
    await resetToSeed(replicaA.db);
    await replicaA.close();
    await replicaB.close();
    for (const client of clients) client.disconnect();
    await redis.stop();
  });

  it('ends replica A’s cached answers when a write commits through replica B', async () => {
    await replicaA.gql(ACTORS, {}, { role: 'reader' });
    expect((await replicaA.gql(ACTORS, {}, { role: 'reader' })).queries).toHaveLength(0);
    expect((await upsert(replicaB, 'Written Through Replica B')).errors).toBeUndefined();
    const after = await replicaA.gql<{ actors: { edges: Array<{ node: { name: string } }> } }>(
      ACTORS,
      {},
      {
        role: 'reader',
      },
    );
    expect(after.queries.length).toBeGreaterThan(0);
    expect(after.data?.actors.edges.map((edge) => edge.node.name)).toContain('Written Through Replica B');
  });

  it('serves nothing from the cache while Redis is away, and answers every read', async () => {
    await redis.stop();
    try {
      const first = await replicaA.gql(ACTORS, {}, { role: 'reader' });
      const again = await replicaA.gql(ACTORS, {}, { role: 'reader' });
      expect(first.errors).toBeUndefined();
      expect(again.errors).toBeUndefined();
      expect(again.queries.length).toBeGreaterThan(0);
    } finally {
      await redis.start();
    }
  });
});

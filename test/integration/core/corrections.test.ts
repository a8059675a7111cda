// Issue 17 item 4: a mistaken ingest can be retracted, a statement corrected, an article's
// metadata fixed by ingesting it again, every change is in the audit trail, and the curated
// seed comes back with one command.

import { loadSeed } from '../../../src/core/load-seed';
import { graphChecksum, resetToSeed } from '../../support/graph-state';
import { type GraphQLResponse, openHarness, TEST_KEYS, useHarness } from '../../support/harness';

// Our own words: a quote the seed holds (the same claim, another outlet) and one of its own.
const ARTICLE = [
  '"Nato takes these concerns very seriously," Jens Stoltenberg told reporters in Brussels on Tuesday.',
  '',
  'Ren Zhengfei said the company would keep building its networks across Europe whatever Washington decides.',
].join('\n');

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    duplicate updatedFields createdActors { id }
    source { id title publishedAt }
    statements { id saidAt text claim { id } speaker { id } }
  }
}`;

const RETRACT = `mutation($id: ID!) {
  retractSource(id: $id) { sourceId removedStatements removedClaims removedIntermediaries removedStances }
}`;

const CORRECT = `mutation($input: CorrectStatementInput!) {
  correctStatement(input: $input) { id text saidAt speaker { id } speakerResolution { method confidence } claim { id text } }
}`;

const TRAIL = `query($targetId: ID, $operation: AuditOperation) {
  auditTrail(targetId: $targetId, operation: $operation, first: 50) {
    edges { node { at by operation targetKind targetId before after } }
  }
}`;

interface IngestData {
  ingestArticle: {
    duplicate: boolean;
    updatedFields: string[];
    createdActors: Array<{ id: string }>;
    source: { id: string; title: string | null; publishedAt: string | null };
    statements: Array<{
      id: string;
      saidAt: string | null;
      text: string;
      claim: { id: string };
      speaker: { id: string };
    }>;
  };
}

interface TrailData {
  auditTrail: {
    edges: Array<{
      node: {
        at: string;
        by: string;
        operation: string;
        targetKind: string;
        targetId: string;
        before: string | null;
        after: string | null;
      };
    }>;
  };
}

/** The graph's content without the audit trail, which every change rightly grows. */
const contentChecksum = (harness: { db: Parameters<typeof graphChecksum>[0] }) =>
  graphChecksum(harness.db, { without: ['AuditEntry'] });

/** Every node and relationship but the audit trail's, one JSON line each, to compare as sets. */
async function graphContent(db: Parameters<typeof graphChecksum>[0]): Promise<Set<string>> {
  const result = await db.read(
    'test.graph-content',
    `MATCH (n) WHERE NOT n:AuditEntry AND NOT n:Migration AND NOT n:ClaimgraphTestDatabase
     RETURN labels(n) AS what, properties(n) AS props
     UNION ALL
     MATCH (a)-[r]->(b) WHERE NOT a:AuditEntry
     RETURN [type(r), a.id, b.id] AS what, properties(r) AS props`,
  );
  return new Set(result.records.map((record) => JSON.stringify([record.get('what'), record.get('props')])));
}

const errorCode = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

describe('corrections and the audit trail', () => {
  const harness = useHarness({ restoreSeed: true });

  beforeEach(() => resetToSeed(harness.db));

  it('retracts an ingested article with what only it carries, keeping the claim it shares with the seed', async () => {
    const before = await graphContent(harness.db);
    const ingested = await harness.gql<IngestData>(INGEST, {
      input: {
        text: ARTICLE,
        outlet: 'CNN',
        title: 'Nato and Huawei',
        publishedAt: '2021-03-12',
        url: 'https://own.example/retract',
      },
    });
    expect(ingested.errors).toBeUndefined();
    const article = ingested.data?.ingestArticle;
    if (!article) throw new Error('no ingest');
    expect(article.createdActors).toEqual([]);
    const shared = article.statements.find((s) => s.speaker.id === 'actor:jens-stoltenberg');
    expect(shared?.claim.id).toBe('claim:nato-takes-huawei-concerns-seriously');

    const retracted = await harness.gql<{ retractSource: Record<string, unknown> }>(RETRACT, {
      id: article.source.id,
    });
    expect(retracted.errors).toBeUndefined();
    expect(retracted.data?.retractSource).toMatchObject({
      sourceId: article.source.id,
      removedStatements: article.statements.length,
      removedClaims: article.statements.length - 1,
    });
    // Everything the ingest wrote is gone but the vocabulary: the topics it created, like the
    // actors it might have, stay (with the topic links it gave the shared claim).
    const after = await graphContent(harness.db);
    expect([...before].filter((item) => !after.has(item))).toEqual([]);
    const left = [...after].filter((item) => !before.has(item)).map((item) => JSON.parse(item)[0]);
    expect(left.length).toBeGreaterThan(0);
    for (const item of left)
      expect(item[0] === 'Topic' || (item[0] === 'ABOUT' && String(item[2]).startsWith('topic:'))).toBe(true);
    const gone = await harness.gql(`{ statement(id: "${shared?.id}") { id } }`);
    expect(errorCode(gone)).toBe('NOT_FOUND');
    const claim = await harness.gql<{ claim: { statements: { totalCount: number } } }>(
      '{ claim(id: "claim:nato-takes-huawei-concerns-seriously") { statements { totalCount } } }',
    );
    expect(claim.data?.claim.statements.totalCount).toBe(1);
  });

  it('answers a repeated or concurrent retraction with the first outcome, and records it once', async () => {
    const id = 'source:independent-2019-03-14-huawei-nato';
    const answers = await Promise.all(Array.from({ length: 5 }, () => harness.gql(RETRACT, { id })));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const outcomes = answers.map((answer) => JSON.stringify(answer.data));
    expect(new Set(outcomes).size).toBe(1);
    expect(JSON.parse(outcomes[0] as string).retractSource).toEqual({
      sourceId: id,
      removedStatements: 15,
      removedClaims: 14,
      removedIntermediaries: 4,
      removedStances: 6,
    });
    const trail = await harness.gql<TrailData>(TRAIL, { targetId: id });
    expect(trail.data?.auditTrail.edges.map((e) => e.node.operation)).toEqual(['RETRACT_SOURCE']);
    expect(errorCode(await harness.gql(RETRACT, { id: 'source:never-was' }))).toBe('NOT_FOUND');
  });

  it('corrects a speaker, the words and the date, and the stances and claim follow', async () => {
    const id = 'stmt:huawei-denies-spying';
    const corrected = await harness.gql<{ correctStatement: Record<string, unknown> }>(CORRECT, {
      input: {
        id,
        speakerId: 'actor:ren-zhengfei',
        text: '我们的技术不会被用于间谍活动',
        saidAt: '2019-03-13',
      },
    });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data?.correctStatement).toEqual({
      id,
      text: '我们的技术不会被用于间谍活动',
      saidAt: '2019-03-13',
      speaker: { id: 'actor:ren-zhengfei' },
      speakerResolution: { method: 'corrected', confidence: 1 },
      // The claim only this statement expressed takes the corrected words.
      claim: { id: 'claim:huawei-technology-does-not-enable-spying', text: '我们的技术不会被用于间谍活动' },
    });
    // Huawei's stance rested on this statement alone: it goes.
    const stances = await harness.gql<{ actor: { stances: { totalCount: number } } }>(
      '{ actor(id: "actor:huawei") { stances { totalCount } } }',
    );
    expect(stances.data?.actor.stances.totalCount).toBe(0);

    // A date cleared: the statement sorts by its publication's day again.
    const cleared = await harness.gql<{ correctStatement: { saidAt: string | null } }>(CORRECT, {
      input: { id, saidAt: null },
    });
    expect(cleared.data?.correctStatement.saidAt).toBeNull();
    const sorted = await harness.gql<{ statements: { edges: Array<{ node: { id: string } }> } }>(
      '{ statements(filter: { from: "2019-03-14", to: "2019-03-14", speaker: "Ren Zhengfei" }, first: 50) { edges { node { id } } } }',
    );
    expect(sorted.data?.statements.edges.map((e) => e.node.id)).toContain(id);

    // A shared claim keeps its words.
    const shared = await harness.gql<{ correctStatement: { claim: { text: string } } }>(CORRECT, {
      input: { id: 'stmt:trump-urges-5g-6g', text: 'the US should adopt 5G soon' },
    });
    expect(shared.data?.correctStatement.claim.text).not.toBe('the US should adopt 5G soon');

    const trail = await harness.gql<TrailData>(TRAIL, { targetId: id });
    const entries = trail.data?.auditTrail.edges.map((e) => e.node) ?? [];
    expect(entries.map((e) => e.operation)).toEqual(['CORRECT_STATEMENT', 'CORRECT_STATEMENT']);
    const first = entries[1];
    expect(first?.by).toMatch(/^admin-key-[0-9a-f]{8}$/);
    expect(JSON.parse(first?.before ?? '{}')).toMatchObject({ speakerId: 'actor:huawei' });
    expect(JSON.parse(first?.after ?? '{}')).toMatchObject({
      speakerId: 'actor:ren-zhengfei',
      saidAt: '2019-03-13',
    });
  });

  it('refuses a correction that names nothing, an unknown statement and an unknown speaker', async () => {
    const before = await contentChecksum(harness);
    for (const [input, code] of [
      [{ id: 'stmt:huawei-denies-spying' }, 'BAD_USER_INPUT'],
      [{ id: 'stmt:nothing', text: 'x' }, 'NOT_FOUND'],
      [{ id: 'stmt:huawei-denies-spying', speakerId: 'actor:nobody' }, 'NOT_FOUND'],
    ] as const) {
      expect(errorCode(await harness.gql(CORRECT, { input }))).toBe(code);
    }
    expect(await contentChecksum(harness)).toBe(before);
  });

  it('corrects a stored article’s date by ingesting it again, re-dating the statements the text dates relative to it', async () => {
    const input = {
      text: ARTICLE,
      outlet: 'CNN',
      url: 'https://own.example/redate',
      publishedAt: '2021-03-12',
    };
    const first = await harness.gql<IngestData>(INGEST, { input });
    const dated = first.data?.ingestArticle.statements.find((s) => s.speaker.id === 'actor:jens-stoltenberg');
    expect(dated?.saidAt).toBe('2021-03-09');

    const again = await harness.gql<IngestData>(INGEST, {
      input: { ...input, publishedAt: '2021-03-19', title: 'Nato, corrected' },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data?.ingestArticle).toMatchObject({
      duplicate: true,
      updatedFields: ['TITLE', 'PUBLISHED_AT'],
      source: { title: 'Nato, corrected', publishedAt: '2021-03-19' },
    });
    const redated = again.data?.ingestArticle.statements.find((s) => s.id === dated?.id);
    expect(redated?.saidAt).toBe('2021-03-16');

    const unchanged = await harness.gql<IngestData>(INGEST, {
      input: { ...input, publishedAt: '2021-03-19' },
    });
    expect(unchanged.data?.ingestArticle.updatedFields).toEqual([]);
    const trail = await harness.gql<TrailData>(TRAIL, { targetId: first.data?.ingestArticle.source.id });
    expect(trail.data?.auditTrail.edges.map((e) => e.node.operation)).toEqual([
      'REINGEST_ARTICLE',
      'INGEST_ARTICLE',
    ]);
  });

  it('shows the audit trail to admins only, naming the key that made each change', async () => {
    const named = openHarness({
      auth: { ...harness.config.auth, editorKeys: [`desk-alice:${TEST_KEYS.editor}`] },
    });
    try {
      const changed = await named.gql(
        CORRECT,
        { input: { id: 'stmt:ren-warns-us-reputation', saidAt: '2019-03-01' } },
        { role: 'editor' },
      );
      expect(changed.errors).toBeUndefined();
      expect(errorCode(await named.gql(TRAIL, {}, { role: 'editor' }))).toBe('FORBIDDEN');
      const trail = await named.gql<TrailData>(TRAIL, { operation: 'CORRECT_STATEMENT' }, { role: 'admin' });
      expect(trail.data?.auditTrail.edges[0]?.node).toMatchObject({
        by: 'desk-alice',
        targetKind: 'Statement',
        targetId: 'stmt:ren-warns-us-reputation',
      });
    } finally {
      await named.close();
    }
  });

  it('records each change once: repeating an idempotent write adds nothing to the trail', async () => {
    const upsert =
      'mutation { upsertActor(input: { name: "Анна Петрова", kind: PERSON, aliases: ["Petrova"] }) { id } }';
    const relate =
      'mutation { relateClaims(input: { claimId: "claim:huawei-not-trustworthy-partner", otherId: "claim:huawei-technology-does-not-enable-spying", relation: CONTRADICTS }) { relation } }';
    for (let round = 0; round < 2; round++) {
      expect((await harness.gql(upsert)).errors).toBeUndefined();
      expect((await harness.gql(relate)).errors).toBeUndefined();
    }
    const trail = await harness.gql<TrailData>(TRAIL, {});
    expect(trail.data?.auditTrail.edges.map((e) => e.node.operation).sort()).toEqual([
      'RELATE_CLAIMS',
      'UPSERT_ACTOR',
    ]);
  });

  it('restores the curated seed with one command after corrections, a split and a retraction', async () => {
    const seeded = await contentChecksum(harness);
    await harness.gql(CORRECT, {
      input: { id: 'stmt:ren-they-have-to-have-evidence', speakerId: 'actor:huawei' },
    });
    await harness.gql(
      'mutation { splitStatementFromClaim(statementId: "stmt:trump-tweet-want-5g-6g") { id } }',
    );
    await harness.gql(RETRACT, { id: 'source:independent-2019-03-14-huawei-nato' });
    expect(await contentChecksum(harness)).not.toBe(seeded);

    await loadSeed(harness.db, undefined, 'cli:test');
    // The split left a claim of its own behind, which no seed node names: the seed is back
    // whole, and nothing else is in the way.
    await harness.db.write('test.drop-orphan-claims', (tx) =>
      tx.run('MATCH (c:Claim) WHERE NOT (c)<-[:EXPRESSES]-() DETACH DELETE c'),
    );
    expect(await contentChecksum(harness)).toBe(seeded);
    const trail = await harness.gql<TrailData>(TRAIL, { operation: 'RESTORE_SEED' });
    expect(trail.data?.auditTrail.edges[0]?.node).toMatchObject({ by: 'cli:test', targetKind: 'Seed' });
  });
});

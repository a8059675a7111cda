// The claim graph from ingested coverage (test/fixtures/coverage: three stories of six
// articles each, our own text): one claim per quote across outlets, its first appearance
// and spread, the wire copy linked to its original, denials, stances and topics, all read
// back through the API after ingesting the files as `npm run ingest` does.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../../../src/core/ingest/front-matter';
import { ingestArticle } from '../../../src/core/ingest/ingest-article';
import { projectRoot } from '../../../src/platform/project-root';
import { clearGraph, graphChecksum } from '../../support/graph-state';
import { useHarness } from '../../support/harness';

const CORPUS = join(projectRoot(), 'test', 'fixtures', 'coverage');
const STORIES = ['story-a-telecom-data', 'story-b-undersea-cable', 'story-c-rare-earths'];
const files = STORIES.flatMap((story) =>
  readdirSync(join(CORPUS, story))
    .sort()
    .map((file) => join(CORPUS, story, file)),
);

const KEY_QUOTE =
  "We cannot let a company that answers to Beijing run 40 percent of Denmark's 5G network, and we will not wait for another scandal before we act";

interface ClaimView {
  id: string;
  text: string;
  statements: {
    edges: Array<{
      node: { text: string; claimMatch: { method: string; score: number } | null; source: { title: string } };
    }>;
  };
  firstAppearance: { kind: string; publishedAt: string; title: string } | null;
  spread: {
    sources: number;
    outlets: number;
    firstSeen: string;
    byDay: Array<{ day: string; sources: number }>;
  };
  relations: { edges: Array<{ node: { relation: string; direction: string; claim: { text: string } } }> };
  topics: { edges: Array<{ node: { name: string } }> };
}

const CLAIM_FIELDS = `id text
  statements(first: 20) { edges { node { text claimMatch { method score } source { title } } } }
  firstAppearance { kind publishedAt title }
  spread { sources outlets firstSeen byDay { day sources } }
  relations(first: 20) { edges { node { relation direction claim { text } } } }
  topics(first: 20) { edges { node { name } } }`;

describe('the claim graph from ingested coverage', () => {
  const harness = useHarness({ restoreSeed: true });
  const sourceIds = new Map<string, string>();

  /** The claim of the statement with these words, said by this speaker. */
  async function claimOf(text: string, speaker = 'Signe Halvorsen'): Promise<ClaimView> {
    const found = await harness.gql<{
      statements: { edges: Array<{ node: { text: string; claim: { id: string } } }> };
    }>(
      'query ($text: String!, $speaker: String!) { statements(filter: { text: $text, speaker: $speaker }, first: 50) { edges { node { text claim { id } } } } }',
      { text, speaker },
    );
    const statement = found.data?.statements.edges.find((edge) =>
      edge.node.text.startsWith(text.slice(0, 40)),
    );
    expect(statement).toBeDefined();
    const claim = await harness.gql<{ claim: ClaimView }>(
      `query ($id: ID!) { claim(id: $id) { ${CLAIM_FIELDS} } }`,
      {
        id: statement?.node.claim.id,
      },
    );
    return claim.data?.claim as ClaimView;
  }

  beforeAll(async () => {
    await clearGraph(harness.db);
    for (const file of files) {
      const outcome = await ingestArticle(harness.db, parseArticleFile(readFileSync(file, 'utf8')), 'test');
      expect(outcome.duplicate).toBe(false);
      sourceIds.set(file.slice(file.lastIndexOf('/') + 1), outcome.sourceId);
    }
  });

  it('joins one quote reported by six outlets (a contraction, after a colon, cut short) into one claim', async () => {
    const claim = await claimOf(KEY_QUOTE);
    const carriers = claim.statements.edges.map((edge) => edge.node);
    expect(carriers).toHaveLength(6);
    expect(new Set(carriers.map((carrier) => carrier.source.title)).size).toBe(6);
    const methods = carriers.map((carrier) => carrier.claimMatch?.method).sort();
    expect(methods).toEqual(['EXACT', 'EXACT', 'EXACT', 'EXACT', 'NEW', 'SUBSPAN']);
    // "can't" for "cannot" is the same words.
    const contraction = carriers.find((carrier) => carrier.text.startsWith("We can't let"));
    expect(contraction?.claimMatch).toEqual({ method: 'EXACT', score: 1 });
  });

  it('keeps the same template with another number out of the claim', async () => {
    const claim = await claimOf('We cannot let a company that answers to Beijing run 14 percent');
    expect(claim.text).toContain('14 percent');
    expect(claim.statements.edges.every((edge) => !edge.node.text.includes('40 percent'))).toBe(true);
  });

  it('dates the first appearance by the interview it was said in, before any article carried it', async () => {
    const claim = await claimOf(KEY_QUOTE);
    expect(claim.firstAppearance).toMatchObject({ kind: 'INTERVIEW', publishedAt: '2021-03-03' });
    expect(claim.spread.firstSeen).toBe('2021-03-03');
    expect(claim.spread.outlets).toBeGreaterThanOrEqual(6);
    expect(claim.spread.byDay[0]).toEqual({ day: '2021-03-03', sources: 1 });
    // Each dated source counted on its day; an interview cited without a day counts only in the total.
    expect(claim.spread.byDay.reduce((sum, day) => sum + day.sources, 0)).toBeLessThanOrEqual(
      claim.spread.sources,
    );
    expect(claim.spread.byDay.map((day) => day.day)).toEqual(
      [...claim.spread.byDay.map((day) => day.day)].sort(),
    );
  });

  it.each([
    ['02-reuters-danish-lawmakers-debate-korvex-ban.txt', '05-fjord-post-korvex-faces-danish-ban-vote.txt'],
    ['03-associated-press-estonia-investigates-ship.txt', '06-harbour-gazette-baltic-cable-probe.txt'],
    [
      '03-reuters-mongolia-ministry-dismisses-claims.txt',
      '05-pacific-commodities-digest-mongolia-rejects-claims.txt',
    ],
  ])('links the wire story %s and its copy %s with SYNDICATES', async (original, copy) => {
    const response = await harness.gql<{
      source: { derivedFrom: { edges: Array<{ node: { relation: string; source: { id: string } } }> } };
    }>(
      'query ($id: ID!) { source(id: $id) { derivedFrom(first: 10) { edges { node { relation source { id } } } } } }',
      {
        id: sourceIds.get(copy),
      },
    );
    expect(response.data?.source.derivedFrom.edges.map((edge) => edge.node)).toContainEqual({
      relation: 'SYNDICATES',
      source: { id: sourceIds.get(original) },
    });
  });

  it('writes the company’s denial as a DENIES link to the allegation, shown by contradictions', async () => {
    const allegation = await claimOf('Korvex Telecom shared customer data with the Chinese government');
    const denials = allegation.relations.edges.filter((edge) => edge.node.relation === 'DENIES');
    expect(denials.every((edge) => edge.node.direction === 'INCOMING')).toBe(true);
    expect(denials.map((edge) => edge.node.claim.text)).toContain(
      'It is not true that it shared customer data with the Chinese government',
    );
    const conflicts = await harness.gql<{
      contradictions: { edges: Array<{ node: { relation: string; other: { id: string } } }> };
    }>(
      '{ contradictions(actorName: "Korvex Telecom", first: 20) { edges { node { relation other { id } } } } }',
    );
    expect(conflicts.data?.contradictions.edges.map((edge) => edge.node)).toContainEqual({
      relation: 'DENIES',
      other: { id: allegation.id },
    });
  });

  it('ties an embassy’s bare "rejected the accusation as false" to the story’s contested claim', async () => {
    const allegation = await claimOf('Korvex Telecom shared customer data with the Chinese government');
    expect(allegation.relations.edges.map((edge) => edge.node)).toContainEqual(
      expect.objectContaining({
        relation: 'DENIES',
        direction: 'INCOMING',
        claim: expect.objectContaining({ text: 'the accusation as false' }),
      }),
    );
  });

  it.each([
    ['Signe Halvorsen', 'SUPPORT', 'Korvex Telecom ban'],
    ['Jonas Brandt', 'OPPOSE', 'Korvex Telecom ban'],
    ['Graham Whitcombe', 'OPPOSE', 'Karsa Minerals audit'],
    ['Bolormaa Dashdorj', 'SUPPORT', 'Karsa Minerals audit'],
    ['Pavel Orlov', 'OPPOSE', 'Vega Horizon detention'],
  ])('%s holds the stance %s toward %s, since its evidence', async (name, polarity, about) => {
    const response = await harness.gql<{
      actor: {
        stances: {
          edges: Array<{
            node: {
              polarity: string;
              about: string;
              since: string;
              evidence: {
                totalCount: number;
                edges: Array<{ node: { saidAt: string | null; source: { publishedAt: string | null } } }>;
              };
            };
          }>;
        };
      };
    }>(
      'query ($name: String!) { actor(name: $name) { stances(first: 10) { edges { node { polarity about since evidence(first: 20) { totalCount edges { node { saidAt source { publishedAt } } } } } } } } }',
      {
        name,
      },
    );
    const stances = response.data?.actor.stances.edges.map((edge) => edge.node) ?? [];
    expect(stances).toContainEqual(expect.objectContaining({ polarity, about }));
    for (const stance of stances) {
      // Since its earliest evidence: the day it was said, or else published.
      const days = stance.evidence.edges.map(({ node }) => node.saidAt ?? node.source.publishedAt);
      expect(stance.evidence.totalCount).toBeGreaterThan(0);
      expect(stance.since).toBe([...days].sort()[0]);
    }
  });

  it('writes no stance for a statement that only mentions the ban', async () => {
    const response = await harness.gql<{ actor: { stances: { totalCount: number } } }>(
      '{ actor(name: "Karsten Vold") { stances(first: 1) { totalCount } } }',
    );
    expect(response.data?.actor.stances.totalCount).toBe(0);
  });

  it('reuses one topic per recurring subject across the articles of a story', async () => {
    const claim = await claimOf(KEY_QUOTE);
    expect(claim.topics.edges.map((edge) => edge.node.name)).toEqual(
      expect.arrayContaining(['Korvex Telecom', 'Denmark']),
    );
    const topic = await harness.gql<{
      topics: { edges: Array<{ node: { name: string; claims: { totalCount: number } } }> };
    }>('{ topics(first: 100) { edges { node { name claims(first: 1) { totalCount } } } } }');
    const korvex = topic.data?.topics.edges.filter((edge) => edge.node.name === 'Korvex Telecom') ?? [];
    expect(korvex).toHaveLength(1);
    expect(korvex[0]?.node.claims.totalCount).toBeGreaterThan(10);
  });

  it('reads the spread of every claim of every topic in one round trip', async () => {
    const response = await harness.gql<{
      topics: {
        edges: Array<{ node: { claims: { edges: Array<{ node: { spread: { sources: number } } }> } } }>;
      };
    }>(
      '{ topics(first: 3) { edges { node { claims(first: 30) { edges { node { spread { sources outlets } } } } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const claims = response.data?.topics.edges.flatMap((edge) => edge.node.claims.edges) ?? [];
    expect(claims.length).toBeGreaterThan(20);
    // A denied proposition nobody stated in those words is a claim without sources.
    expect(claims.filter((claim) => claim.node.spread.sources > 0).length).toBeGreaterThan(10);
    expect(response.queries.filter((query) => query.operation === 'claims.spreads')).toHaveLength(1);
  });

  it('prices a spread at 1,000 values: a request for thousands of them is QUERY_TOO_COMPLEX before it runs', async () => {
    const response = await harness.gql(
      '{ topics(first: 100) { edges { node { claims(first: 100) { edges { node { spread { sources } } } } } } } }',
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxCost' });
    expect(response.queries).toEqual([]);
  });

  it('refuses a spread of more than a year of days with BAD_USER_INPUT', async () => {
    const claim = await claimOf(KEY_QUOTE);
    const response = await harness.gql(
      'query ($id: ID!) { claim(id: $id) { spread { byDay(first: 367) { day } } } }',
      { id: claim.id },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('changes nothing when the folder is ingested again', async () => {
    const before = await graphChecksum(harness.db);
    for (const file of files) {
      const again = await ingestArticle(harness.db, parseArticleFile(readFileSync(file, 'utf8')), 'test');
      expect(again.duplicate).toBe(true);
    }
    expect(await graphChecksum(harness.db)).toBe(before);
  });

  it('splits a wrongly joined statement off its claim, once, and keeps it off', async () => {
    const claim = await claimOf(KEY_QUOTE);
    const found = await harness.gql<{
      statements: { edges: Array<{ node: { id: string; claimMatch: { method: string } } }> };
    }>(
      'query ($text: String!) { statements(filter: { text: $text }, first: 20) { edges { node { id claimMatch { method } } } } }',
      { text: 'answers to Beijing' },
    );
    const joined = found.data?.statements.edges.find((edge) => edge.node.claimMatch?.method === 'SUBSPAN');
    const split = `mutation ($id: ID!) { splitStatementFromClaim(statementId: $id) { id claimMatch { method score } claim { id text } } }`;
    const first = await harness.gql<{
      splitStatementFromClaim: { claimMatch: unknown; claim: { id: string } };
    }>(split, { id: joined?.node.id });
    expect(first.errors).toBeUndefined();
    expect(first.data?.splitStatementFromClaim.claimMatch).toEqual({ method: 'SPLIT', score: 1 });
    expect(first.data?.splitStatementFromClaim.claim.id).not.toBe(claim.id);
    const checksum = await graphChecksum(harness.db);
    const second = await harness.gql<{ splitStatementFromClaim: { claim: { id: string } } }>(split, {
      id: joined?.node.id,
    });
    expect(second.data?.splitStatementFromClaim.claim.id).toBe(first.data?.splitStatementFromClaim.claim.id);
    expect(await graphChecksum(harness.db)).toBe(checksum);
    expect((await claimOf(KEY_QUOTE)).statements.edges).toHaveLength(5);
  });

  it('answers NOT_FOUND for splitting an unknown statement, and needs an editor', async () => {
    const split = 'mutation { splitStatementFromClaim(statementId: "stmt:nope") { id } }';
    expect((await harness.gql(split)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await harness.gql(split, {}, { role: 'reader' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

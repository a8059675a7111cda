// npm run link over data ingested before the linker existed: the coverage corpus stored as
// the old ingestion stored it (each statement on a claim of its own words, no method, no
// stances, topics, denials or copies) becomes the same connected graph ingestion now builds,
// curated statements untouched; a second run finds nothing to do.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../../../src/core/ingest/front-matter';
import { ingestArticle } from '../../../src/core/ingest/ingest-article';
import { relinkGraph } from '../../../src/core/link/relink-graph';
import { loadSeed } from '../../../src/core/load-seed';
import { projectRoot } from '../../../src/platform/project-root';
import { clearGraph, graphChecksum } from '../../support/graph-state';
import { useHarness } from '../../support/harness';

const CORPUS = join(projectRoot(), 'test', 'fixtures', 'coverage');
const files = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((story) =>
    readdirSync(join(CORPUS, story.name))
      .sort()
      .map((file) => join(CORPUS, story.name, file)),
  );

/** The graph as ingestion left it before the linker: what the linker adds, taken away. */
const UNLINK = [
  'MATCH (s:Statement)-[e:EXPRESSES]->(:Claim) WHERE s.speakerMethod IS NOT NULL DELETE e',
  "MATCH (s:Statement) WHERE s.speakerMethod IS NOT NULL MERGE (c:Claim {id: 'claim:old-' + s.id}) ON CREATE SET c.text = s.text CREATE (s)-[:EXPRESSES]->(c) REMOVE s.claimMethod, s.claimScore",
  "MATCH (c:Claim) WHERE NOT c.id STARTS WITH 'claim:old-' AND NOT EXISTS { (c)<-[:EXPRESSES]-() } AND NOT EXISTS { (:Source {id: 'source:independent-2019-03-14'}) } DETACH DELETE c",
  "MATCH (:Source)-[d:DERIVED_FROM {relation: 'SYNDICATES'}]->(:Source) DELETE d",
  'MATCH (st:Stance) WHERE EXISTS { (st)-[:EVIDENCED_BY]->(s:Statement) WHERE s.speakerMethod IS NOT NULL } DETACH DELETE st',
  "MATCH (c:Claim)-[r:DENIES]->() WHERE c.id STARTS WITH 'claim:old-' DELETE r",
  "MATCH (c:Claim {text: ''}) DETACH DELETE c",
  "MATCH (t:Topic) WHERE NOT t.id IN ['topic:huawei-5g', 'topic:network-security', 'topic:us-campaign-against-huawei', 'topic:us-5g-6g', 'topic:blocking-advanced-technology'] DETACH DELETE t",
];

describe('npm run link over statements ingested before the linker', () => {
  const harness = useHarness({ restoreSeed: true });

  beforeAll(async () => {
    await clearGraph(harness.db);
    await loadSeed(harness.db);
    for (const file of files)
      await ingestArticle(harness.db, parseArticleFile(readFileSync(file, 'utf8')), 'test');
    for (const query of UNLINK) await harness.db.write('test.unlink', (tx) => tx.run(query));
  });

  it('links every article, leaves the curated seed as it was, and a second run changes nothing', async () => {
    const seedClaims = async () =>
      (
        await harness.db.read(
          'test.seed-claims',
          "MATCH (s:Statement)-[:EXPRESSES]->(c:Claim) WHERE s.speakerMethod IS NULL RETURN s.id + '>' + c.id AS link ORDER BY link",
        )
      ).records.map((record) => String(record.get('link')));
    const seedBefore = await seedClaims();
    const progress: number[] = [];
    const totals = await relinkGraph(harness.db, (done) => progress.push(done));
    expect(totals.articles).toBe(files.length);
    expect(progress).toEqual(files.map((_, index) => index + 1));
    expect(totals.joined).toBeGreaterThan(20);
    expect(totals.stances).toBeGreaterThanOrEqual(8);
    expect(totals.copies).toBe(3);
    expect(await seedClaims()).toEqual(seedBefore);

    const checksum = await graphChecksum(harness.db);
    expect(await relinkGraph(harness.db)).toMatchObject({ articles: 0, statements: 0 });
    expect(await graphChecksum(harness.db)).toBe(checksum);
  });

  it('leaves one claim for the quote six outlets carried, and no claim of the old per-text ones behind', async () => {
    const result = await harness.db.read(
      'test.key-claim',
      "MATCH (s:Statement)-[:EXPRESSES]->(c:Claim) WHERE s.text CONTAINS 'answers to Beijing run 40 percent' RETURN count(DISTINCT c) AS claims, count(s) AS statements",
    );
    expect(Number(result.records[0]?.get('claims'))).toBe(1);
    expect(Number(result.records[0]?.get('statements'))).toBe(6);
    const orphans = await harness.db.read(
      'test.orphans',
      "MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:old-' AND NOT EXISTS { (c)<-[:EXPRESSES]-() } RETURN count(c) AS n",
    );
    expect(Number(orphans.records[0]?.get('n'))).toBe(0);
  });

  it('writes the denials and stances ingestion writes', async () => {
    const denies = await harness.db.read(
      'test.denies',
      "MATCH (:Claim)-[:DENIES]->(c:Claim {text: 'Korvex Telecom shared customer data with the Chinese government'}) RETURN count(*) AS n",
    );
    expect(Number(denies.records[0]?.get('n'))).toBeGreaterThanOrEqual(2);
    const stance = await harness.db.read(
      'test.stance',
      "MATCH (:Actor {name: 'Jonas Brandt'})-[:HOLDS]->(st:Stance {polarity: 'OPPOSE'})-[:TOWARD]->(t:Topic) RETURN t.name AS name",
    );
    expect(stance.records.map((record) => record.get('name'))).toEqual(['Korvex Telecom ban']);
  });
});

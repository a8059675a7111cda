import { loadSeed, readSeedSets } from '../../src/core/load-seed';
import { graphIsEmpty } from '../../src/store/repo/graph-emptiness';
import { clearGraph, graphChecksum } from '../support/graph-state';
import { useHarness } from '../support/harness';

describe('loading the seed', () => {
  const harness = useHarness({ restoreSeed: true });

  it('fills an empty graph, and loading it again changes nothing', async () => {
    await clearGraph(harness.db);
    expect(await graphIsEmpty(harness.db)).toBe(true);
    await loadSeed(harness.db);
    expect(await graphIsEmpty(harness.db)).toBe(false);
    const once = await graphChecksum(harness.db);
    await loadSeed(harness.db);
    expect(await graphChecksum(harness.db)).toBe(once);
  });

  it('repairs an edited graph back to the curated data', async () => {
    const curated = await graphChecksum(harness.db);
    await harness.db.write('test.vandalise', (tx) =>
      tx.run("MATCH (a:Actor {id: 'actor:jens-stoltenberg'}) SET a.name = 'Someone Else', a.aliases = []"),
    );
    expect(await graphChecksum(harness.db)).not.toBe(curated);
    await loadSeed(harness.db);
    expect(await graphChecksum(harness.db)).toBe(curated);
  });

  it('gives the publication the text and content hash of article.txt', async () => {
    const [set] = readSeedSets();
    const article = set?.data.sources.find((s) => s.kind === 'ARTICLE');
    expect(article?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const response = await harness.gql<{ source: { contentHash: string; text: string } }>(
      'query ($id: ID) { source(id: $id) { contentHash text } }',
      { id: article?.id },
    );
    expect(response.data?.source.contentHash).toBe(article?.contentHash);
    expect(response.data?.source.text).toContain('Mr Stotlenberg said');
  });

  it('loads an article text only when Source.text is selected (sources carried it into every page and trace)', async () => {
    const query = (fields: string) =>
      harness.gql<{
        statements: { edges: Array<{ node: { source: { title: string; text?: string | null } } }> };
      }>(
        `{ statements(filter: { speaker: "Jens Stoltenberg" }, first: 5) { edges { node { source { ${fields} } } } } }`,
      );
    const titles = await query('title');
    expect(titles.errors).toBeUndefined();
    expect(titles.data?.statements.edges.length).toBeGreaterThan(0);
    expect(titles.queries.map((q) => q.operation)).toEqual(['actors.ids-by-name', 'statements.page']);

    const texts = await query('title text');
    expect(texts.errors).toBeUndefined();
    expect(texts.queries.map((q) => q.operation)).toEqual([
      'actors.ids-by-name',
      'statements.page',
      'sources.texts',
    ]);
    expect(texts.data?.statements.edges[0]?.node.source.text).toContain('Mr Stotlenberg said');
  });
});

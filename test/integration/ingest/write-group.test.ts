// A worker writes the articles it has in hand in one transaction (group commit): one commit and
// one refresh of each full-text index for the group instead of one per article. Each article
// is still written whole or not at all, sees the ones written before it in the group (a shared
// quote finds its claim, a wire copy its original), and one that cannot be written fails
// alone while the rest of its group lands.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleWriteGroup } from '../../../src/core/ingest/article-write-group';
import { parseArticleFile } from '../../../src/core/ingest/front-matter';
import { type IngestOutcome, ingestArticle } from '../../../src/core/ingest/ingest-article';
import { actorIdFor, nameKey } from '../../../src/domain/names';
import { projectRoot } from '../../../src/platform/project-root';
import { clearGraph, graphChecksum } from '../../support/graph-state';
import { useHarness } from '../../support/harness';

const STORY = join(projectRoot(), 'test', 'fixtures', 'coverage', 'story-a-telecom-data');
const FILES = readdirSync(STORY)
  .filter((file) => file.endsWith('.txt'))
  .sort();
const article = (file: string) => parseArticleFile(readFileSync(join(STORY, file), 'utf8'));

describe('articles written together in one transaction', () => {
  const harness = useHarness({ restoreSeed: true });

  beforeEach(async () => {
    await clearGraph(harness.db);
  });

  async function commitsDuring<T>(work: () => Promise<T>): Promise<{ result: T; commits: number }> {
    let commits = 0;
    const stop = harness.db.addCommitListener(async () => {
      commits += 1;
    });
    try {
      return { result: await work(), commits };
    } finally {
      stop();
    }
  }

  /** Per claim shared by several sources, how many sources carry it; and the copy links. */
  async function claimGraphShape(): Promise<{ shared: number[]; statements: number; copies: string[] }> {
    const result = await harness.db.read(
      'test.claim-graph-shape',
      `MATCH (c:Claim)<-[:EXPRESSES]-(:Statement)-[:REPORTED_IN]->(src:Source)
       WITH c, count(DISTINCT src) AS sources WHERE sources > 1
       WITH collect(sources) AS shared
       OPTIONAL MATCH (copy:Source)-[d:DERIVED_FROM]->(origin:Source)
       WITH shared, collect(copy.title + ' ' + d.relation + ' ' + origin.title) AS copies
       RETURN shared, copies, COUNT { (:Statement) } AS statements`,
      {},
    );
    const record = result.records[0];
    if (!record) throw new Error('claimGraphShape expected one row, got none');
    return {
      shared: (record.get('shared') as Array<{ toNumber(): number } | number>)
        .map((n) => (typeof n === 'number' ? n : n.toNumber()))
        .sort(),
      statements: Number(record.get('statements')),
      copies: (record.get('copies') as string[]).sort(),
    };
  }

  it('links one story from six outlets as ingesting them one after another does, in fewer commits', async () => {
    for (const file of FILES) await ingestArticle(harness.db, article(file), 'test');
    const alone = await claimGraphShape();
    await clearGraph(harness.db);

    const group = articleWriteGroup(harness.db, { maxArticles: 8 });
    const { result, commits } = await commitsDuring(() =>
      Promise.all(
        FILES.map((file) =>
          ingestArticle(harness.db, article(file), 'test', undefined, { writeGroup: group }),
        ),
      ),
    );
    expect(result.every((outcome) => !outcome.duplicate && outcome.statementIds.length > 0)).toBe(true);
    expect(commits).toBeLessThan(FILES.length);
    const together = await claimGraphShape();
    expect(together.statements).toBe(alone.statements);
    expect(together.shared).toEqual(alone.shared);
    expect(together.copies).toEqual(alone.copies);
    expect(together.copies.length).toBeGreaterThan(0);
  });

  it('fails an article that cannot be written alone, writing the rest of its group and nothing of it', async () => {
    // The id ingestion derives for this speaker already belongs to an actor of another name.
    const speaker = 'Zofia Quillmarsh';
    await harness.db.write('test.squat-actor-id', (tx) =>
      tx.run("CREATE (:Actor {id: $id, name: 'Someone Else', nameKey: $key, kind: 'PERSON'})", {
        id: actorIdFor(speaker),
        key: nameKey('Someone Else'),
      }),
    );
    const poison = {
      text: `“The harbour will reopen in spring, and the ferries will run again,” ${speaker} said.\n\nThe port has been closed since March. 港口自三月以来一直关闭。`,
      outlet: 'Гавань Вестник',
      publishedAt: '2024-05-02',
      url: 'https://harbour.example/poison',
    };
    const group = articleWriteGroup(harness.db, { maxArticles: 8 });
    const settled = await Promise.allSettled(
      [article(FILES[0] as string), poison, article(FILES[1] as string)].map((input) =>
        ingestArticle(harness.db, input, 'test', undefined, { writeGroup: group }),
      ),
    );
    expect(settled.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    const stored = await harness.db.read(
      'test.sources',
      'MATCH (src:Source) WHERE src.url IS NOT NULL RETURN src.url AS url ORDER BY url',
      {},
    );
    const urls = stored.records.map((record) => record.get('url'));
    expect(urls).toHaveLength(2);
    expect(urls).not.toContain(poison.url);
  });

  it('writes nothing twice when the same group comes again (a retried batch of jobs)', async () => {
    const group = articleWriteGroup(harness.db, { maxArticles: 8 });
    const inputs = FILES.map(article);
    const ingestAll = () =>
      Promise.all(
        inputs.map((input) => ingestArticle(harness.db, input, 'test', undefined, { writeGroup: group })),
      );
    const first = await ingestAll();
    const before = await graphChecksum(harness.db);
    const again: IngestOutcome[] = await ingestAll();
    expect(again.map((outcome) => outcome.duplicate)).toEqual(inputs.map(() => true));
    expect(again.map((outcome) => outcome.sourceId)).toEqual(first.map((outcome) => outcome.sourceId));
    expect(await graphChecksum(harness.db)).toBe(before);
  });

  it('refuses a group size that is not a positive integer, showing it', () => {
    expect(() => articleWriteGroup(harness.db, { maxArticles: 0 })).toThrow(
      'maxArticles must be a positive integer, got 0',
    );
  });
});

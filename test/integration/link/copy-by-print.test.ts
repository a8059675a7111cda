// Regression: the look-up for the article a new one copies walked every statement of every
// claim the two shared (a quote a hundred outlets carry was read a hundred times per
// article), then read ten whole bodies to compare: on the ingest benchmark it was the
// largest single cost of an article's write transaction. It is now one look-up of the
// article's body print in an index, and only bodies whose prints resemble it are read. An
// article stored before prints existed is printed when the store connects.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileQueries } from '../../../bench/profile';
import { parseArticleFile } from '../../../src/core/ingest/front-matter';
import { ingestArticle } from '../../../src/core/ingest/ingest-article';
import { bodyPrint, parsePrint } from '../../../src/domain/body-print';
import { projectRoot } from '../../../src/platform/project-root';
import { int } from '../../../src/store/neo4j/values';
import { printUnprintedBodies } from '../../../src/store/repo/body-prints';
import { cypher } from '../../../src/store/repo/cypher';
import { copyCandidates } from '../../../src/store/repo/link-lookups';
import { clearGraph } from '../../support/graph-state';
import { useHarness } from '../../support/harness';

const STORY = join(projectRoot(), 'test', 'fixtures', 'coverage', 'story-a-telecom-data');
const article = (file: string) => parseArticleFile(readFileSync(join(STORY, file), 'utf8'));
const ORIGINAL = '02-reuters-danish-lawmakers-debate-korvex-ban.txt';
const COPY = '05-fjord-post-korvex-faces-danish-ban-vote.txt';

describe('copies found by body print', () => {
  const harness = useHarness({ restoreSeed: true });

  beforeEach(async () => {
    await clearGraph(harness.db);
  });

  async function derivedFrom(sourceId: string): Promise<Array<{ relation: string; id: string }>> {
    const result = await harness.db.read(
      'test.derived-from',
      'MATCH (:Source {id: $id})-[d:DERIVED_FROM]->(origin:Source) RETURN d.relation AS relation, origin.id AS id',
      { id: sourceId },
    );
    return result.records.map((record) => ({ relation: record.get('relation'), id: record.get('id') }));
  }

  it('links a copy of an article stored before prints existed, once the store has printed it', async () => {
    const original = await ingestArticle(harness.db, article(ORIGINAL), 'test');
    await harness.db.write('test.unprint', (tx) =>
      tx.run('MATCH (src:Source {id: $id}) REMOVE src.bodyPrint', { id: original.sourceId }),
    );
    expect(await printUnprintedBodies(harness.db)).toBe(1);
    expect(await printUnprintedBodies(harness.db)).toBe(0);
    const copy = await ingestArticle(harness.db, article(COPY), 'test');
    expect(await derivedFrom(copy.sourceId)).toContainEqual({
      relation: 'SYNDICATES',
      id: original.sourceId,
    });
  });

  it('reads a bounded number of nodes, however many stored articles carry the same quotes', async () => {
    for (const file of [
      ORIGINAL,
      '01-copenhagen-courier-lawmaker-korvex-data.txt',
      '04-aarhus-sentinel-minister-sets-korvex-vote.txt',
    ]) {
      await ingestArticle(harness.db, article(file), 'test');
    }
    const print = parsePrint(bodyPrint(article(COPY).text));
    const found = await harness.db.readTransaction('test.copy-candidates', (tx) =>
      copyCandidates(tx, 'source:new', print?.positions ?? []),
    );
    expect(found.length).toBeGreaterThanOrEqual(1);
    const [profiled] = await profileQueries(harness.db.driver, harness.db.name, [
      {
        cypher: cypher('copy-candidates'),
        params: { positions: print?.positions.join(' '), sourceId: 'source:new', limit: int(10) },
      },
    ]);
    // three stored articles at most, each read for its id, text, print and date
    expect(profiled?.dbHits).toBeLessThanOrEqual(3 * 6);
  });
});

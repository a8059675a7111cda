// Regression: "an actor's latest 50 statements" expanded and sorted every statement the actor
// ever made (531,758 db hits for the busiest of 1M synthetic statements). Dense owners now walk
// the statement_at index newest first. These tests pin that the walk returns exactly the
// pages the plain expansion returns, in both directions and through every cursor, that it
// falls back to the expansion when its budget runs out, and that it reads less.

import { profileQueries } from '../../../bench/profile';
import { bulkLoad } from '../../../src/store/bulk/loader';
import { toNumber } from '../../../src/store/neo4j/values';
import type { PageRequest } from '../../../src/store/repo/page-request';
import { buildOwnedStatementsQuery, type StatementKey } from '../../../src/store/repo/statement-query';
import { statementsOfOwners } from '../../../src/store/repo/statements';
import { generateCorpus } from '../../../src/synthetic/corpus';
import { corpusSpec } from '../../../src/synthetic/corpus-spec';
import { clearGraph, resetToSeed } from '../../support/graph-state';
import { type Harness, openHarness } from '../../support/harness';

const PAGE = 4;

describe('pages of a dense owner', () => {
  let harness: Harness;
  let busiest: { id: string; degree: number };
  let total: number;

  beforeAll(async () => {
    harness = await openHarness();
    await clearGraph(harness.db);
    await bulkLoad(harness.db, generateCorpus(corpusSpec({ statements: 600, seed: 3 })), {
      allowNonEmpty: true,
      concurrency: 1,
    });
    const result = await harness.db.read(
      'test.busiest',
      `MATCH (a:Actor) WITH a, COUNT { (a)<-[:SAID_BY]-() } AS degree
       ORDER BY degree DESC LIMIT 1
       RETURN a.id AS id, degree, COUNT { MATCH (:Statement) } AS total`,
    );
    const record = result.records[0];
    busiest = { id: String(record?.get('id')), degree: toNumber(record?.get('degree')) };
    total = toNumber(record?.get('total'));
  }, 120_000);

  afterAll(async () => {
    await resetToSeed(harness.db);
    await harness.close();
  });

  async function expected(direction: 'DESC' | 'ASC'): Promise<string[]> {
    const result = await harness.db.read(
      'test.reference-order',
      `MATCH (:Actor {id: $id})<-[:SAID_BY]-(s:Statement)
       RETURN s.id AS id ORDER BY s.at ${direction}, s.id ${direction}`,
      { id: busiest.id },
    );
    return result.records.map((r) => String(r.get('id')));
  }

  async function everyPage(direction: 'forward' | 'backward', walkBudget?: number): Promise<string[]> {
    const ids: string[] = [];
    let from: StatementKey | undefined;
    for (;;) {
      const page: PageRequest<StatementKey> = { direction, size: PAGE, from };
      const rows =
        (await statementsOfOwners(harness.db, 'actor', [busiest.id], page, { walkBudget })).get(busiest.id) ??
        [];
      // The query reads one row beyond the page to tell whether another page follows.
      const shown = rows.slice(0, PAGE);
      ids.push(...shown.map((s) => s.id));
      const last = shown.at(-1);
      if (rows.length <= PAGE || !last?.at) return ids;
      from = { at: last.at, id: last.id };
    }
  }

  it('is dense in this corpus: the walk is the branch under test', () => {
    expect(busiest.degree ** 2).toBeGreaterThan((PAGE + 1) * total);
  });

  it('returns the pages of the plain expansion, newest first and oldest first', async () => {
    expect(await everyPage('forward')).toEqual(await expected('DESC'));
    expect(await everyPage('backward')).toEqual(await expected('ASC'));
  });

  it('falls back to the expansion when the walk exhausts its budget', async () => {
    expect(await everyPage('forward', 1)).toEqual(await expected('DESC'));
    expect(await everyPage('backward', 1)).toEqual(await expected('ASC'));
  });

  it('reads fewer db hits than the expansion for the first page', async () => {
    const page: PageRequest<StatementKey> = { direction: 'forward', size: PAGE, from: undefined };
    const dbHits = async (walkBudget: number) => {
      const query = buildOwnedStatementsQuery('actor', [busiest.id], page, {}, walkBudget);
      const [profiled] = await profileQueries(harness.db.driver, harness.db.name, [query]);
      return profiled?.dbHits ?? Number.NaN;
    };
    const walked = await dbHits(20_000);
    const expanded = await dbHits(0);
    expect(walked).toBeLessThan(expanded / 2);
  });
});

// Regression: announcing an article's statements (where each gave its claim a new appearance)
// walked every statement of each claim, for every source carrying the statement: 373 ms and
// nearly a million db hits per article once a claim had thousands of statements, the largest
// cost of a queued ingest. The check now walks from whichever side has fewer statements. These
// tests pin its answers from both sides and that it reads less than the busy claim holds.

import { profileQueries } from '../../../bench/profile';
import { cypher } from '../../../src/store/repo/cypher';
import { statementEventRows } from '../../../src/store/repo/statement-events';
import { clearGraph, resetToSeed } from '../../support/graph-state';
import { type Harness, openHarness } from '../../support/harness';

const BUSY = 80;

describe('statement events: the sources where a claim newly appears', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await openHarness();
    await clearGraph(harness.db);
    // A busy claim carried by BUSY articles; a busier wire service (2 × BUSY reports of other
    // claims); a new article with two statements of the busy claim, one citing the wire
    // service; an older article whose statement of the busy claim cites the wire service too.
    await harness.db.write('test.statement-events', async (tx) => {
      await tx.run(
        `CREATE (busy:Claim {id: 'claim:busy', text: 'the harbour bridge will reopen next spring'})
         CREATE (speaker:Actor {id: 'actor:speaker', name: 'A Speaker'})
         CREATE (wire:Source {id: 'src:wire', kind: 'WIRE'})
         CREATE (fresh:Source {id: 'src:fresh', kind: 'ARTICLE'})
         CREATE (:Statement {id: 'stmt:fresh', text: 'The harbour bridge will reopen next spring'})
         CREATE (:Statement {id: 'stmt:fresh-via', text: 'The harbour bridge will reopen next spring'})
         CREATE (:Source {id: 'src:old', kind: 'ARTICLE'})
         CREATE (:Statement {id: 'stmt:old-via', text: 'The harbour bridge will reopen next spring'})
         WITH busy, speaker, wire
         UNWIND range(1, $busy) AS i
         CREATE (carrier:Source {id: 'src:carrier-' + i, kind: 'ARTICLE'})
         CREATE (report:Statement {id: 'stmt:busy-' + i, text: 'The harbour bridge will reopen next spring'})
         CREATE (report)-[:SAID_BY]->(speaker)
         CREATE (report)-[:EXPRESSES]->(busy)
         CREATE (report)-[:REPORTED_IN]->(carrier)
         WITH busy, speaker, wire, i
         UNWIND [i, i + $busy] AS j
         CREATE (other:Claim {id: 'claim:other-' + j, text: 'wire remark ' + j})
         CREATE (wired:Statement {id: 'stmt:wired-' + j, text: 'Wire remark ' + j})
         CREATE (wired)-[:SAID_BY]->(speaker)
         CREATE (wired)-[:EXPRESSES]->(other)
         CREATE (wired)-[:REPORTED_IN]->(wire)`,
        { busy: BUSY },
      );
      await tx.run(
        `MATCH (busy:Claim {id: 'claim:busy'}), (speaker:Actor {id: 'actor:speaker'}),
               (wire:Source {id: 'src:wire'}), (fresh:Source {id: 'src:fresh'}), (old:Source {id: 'src:old'}),
               (s:Statement {id: 'stmt:fresh'}), (v:Statement {id: 'stmt:fresh-via'}), (o:Statement {id: 'stmt:old-via'})
         CREATE (s)-[:SAID_BY]->(speaker), (s)-[:EXPRESSES]->(busy), (s)-[:REPORTED_IN]->(fresh)
         CREATE (v)-[:SAID_BY]->(speaker), (v)-[:EXPRESSES]->(busy), (v)-[:REPORTED_IN]->(fresh),
                (v)-[:VIA {hop: 1}]->(wire)
         CREATE (o)-[:SAID_BY]->(speaker), (o)-[:EXPRESSES]->(busy), (o)-[:REPORTED_IN]->(old),
                (o)-[:VIA {hop: 1}]->(wire)`,
      );
    });
  }, 60_000);

  afterAll(async () => {
    await resetToSeed(harness.db);
    await harness.close();
  });

  const appearances = async (ids: string[]) =>
    Object.fromEntries(
      (await statementEventRows(harness.db, ids)).map((row) => [
        row.event.statementId,
        [...row.newAppearances].sort(),
      ]),
    );

  it('names the article a busy claim first reaches in this write (walked from the article)', async () => {
    expect(await appearances(['stmt:fresh', 'stmt:fresh-via'])).toEqual({
      'stmt:fresh': ['src:fresh'],
      'stmt:fresh-via': ['src:fresh'],
    });
  });

  it('counts a statement outside the write as an earlier appearance', async () => {
    expect(await appearances(['stmt:fresh'])).toEqual({ 'stmt:fresh': [] });
  });

  it('leaves out a busy wire service that carried the claim before (walked from the claim)', async () => {
    expect(await appearances(['stmt:fresh-via'])).toEqual({ 'stmt:fresh-via': [] });
  });

  it('names the wire service when no statement of the claim outside the write reaches it', async () => {
    expect(await appearances(['stmt:old-via', 'stmt:fresh-via', 'stmt:fresh'])).toEqual({
      'stmt:old-via': ['src:old', 'src:wire'],
      'stmt:fresh-via': ['src:fresh', 'src:wire'],
      'stmt:fresh': ['src:fresh'],
    });
  });

  it('reads fewer database hits than the busy claim has statements', async () => {
    const [profiled] = await profileQueries(
      harness.db.driver,
      harness.db.name,
      [{ cypher: cypher('statement-events'), params: { ids: ['stmt:fresh'] } }],
      { planner: 'dp' },
    );
    // The plan goes with the count so a failure shows which operator walked the busy side.
    expect(
      profiled && profiled.dbHits < BUSY * 2 ? 'within' : `${profiled?.dbHits} hits:\n${profiled?.plan}`,
    ).toBe('within');
  });
});

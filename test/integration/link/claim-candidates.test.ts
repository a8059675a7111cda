// Regression: whether a statement's speaker already says a candidate claim walked every
// statement of the claim (a quote the synthetic ingest benchmark's outlets all carry had
// thousands), once per candidate, inside the article's write transaction: the look-up was the
// largest single cost of an ingest. The walk now starts from whichever side has fewer
// statements. These tests pin the answer from both sides, for a speaker the graph does not
// know yet, and that the walk from the quiet side reads less than the claim has statements.

import { profileQueries } from '../../../bench/profile';
import {
  type ClaimCandidateQuery,
  claimCandidates,
  claimCandidatesQuery,
} from '../../../src/store/repo/link-lookups';
import { clearGraph, resetToSeed } from '../../support/graph-state';
import { type Harness, openHarness } from '../../support/harness';

const BUSY = 80;

describe('claim candidates: whether the speaker already says the claim', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await openHarness();
    await clearGraph(harness.db);
    await harness.db.write('test.claim-candidates', async (tx) => {
      await tx.run(
        `CREATE (busy:Claim {id: 'claim:busy', text: 'the harbour bridge will reopen next spring'})
         CREATE (rare:Claim {id: 'claim:rare', text: 'the tunnel tolls will be abolished'})
         CREATE (quiet:Actor {id: 'actor:quiet', name: 'Quiet Speaker'})
         CREATE (prolific:Actor {id: 'actor:prolific', name: 'Prolific Speaker'})
         CREATE (:Statement {id: 'stmt:quiet-busy', text: 'The harbour bridge will reopen next spring', claimMethod: 'exact'})
                -[:EXPRESSES]->(busy)
         WITH busy, rare, quiet, prolific
         MATCH (s:Statement {id: 'stmt:quiet-busy'}) CREATE (s)-[:SAID_BY]->(quiet)
         CREATE (:Statement {id: 'stmt:prolific-rare', text: 'The tunnel tolls will be abolished', claimMethod: 'exact'})
                -[:SAID_BY]->(prolific)
         WITH busy, rare, prolific
         MATCH (s:Statement {id: 'stmt:prolific-rare'}) CREATE (s)-[:EXPRESSES]->(rare)
         WITH busy, prolific
         UNWIND range(1, $busy) AS i
         CREATE (other:Actor {id: 'actor:other-' + i, name: 'Other ' + i})
         CREATE (:Statement {id: 'stmt:busy-' + i, text: 'The harbour bridge will reopen next spring', claimMethod: 'exact'})
                -[:SAID_BY]->(other)
         CREATE (own:Claim {id: 'claim:own-' + i, text: 'prolific remark number ' + i})
         CREATE (:Statement {id: 'stmt:prolific-' + i, text: 'Prolific remark number ' + i, claimMethod: 'exact'})
                -[:SAID_BY]->(prolific)
         WITH busy, own, i
         MATCH (b:Statement {id: 'stmt:busy-' + i}), (p:Statement {id: 'stmt:prolific-' + i})
         CREATE (b)-[:EXPRESSES]->(busy)
         CREATE (p)-[:EXPRESSES]->(own)`,
        { busy: BUSY },
      );
    });
  }, 60_000);

  afterAll(async () => {
    await resetToSeed(harness.db);
    await harness.close();
  });

  const query = (speakerId: string, words: string): ClaimCandidateQuery => ({
    key: speakerId,
    words,
    speakerId,
  });

  async function bySpeaker(speakerId: string, words: string, claimId: string): Promise<boolean | undefined> {
    const candidates = await harness.db.readTransaction('test.claim-candidates', (tx) =>
      claimCandidates(tx, [query(speakerId, words)]),
    );
    return candidates.get(speakerId)?.find((candidate) => candidate.id === claimId)?.bySpeaker;
  }

  it('finds a quiet speaker on a busy claim (walked from the speaker)', async () => {
    expect(await bySpeaker('actor:quiet', 'harbour bridge reopen', 'claim:busy')).toBe(true);
  });

  it('finds a prolific speaker on a rare claim (walked from the claim)', async () => {
    expect(await bySpeaker('actor:prolific', 'tunnel tolls abolished', 'claim:rare')).toBe(true);
  });

  it('answers no when neither side has the other, however busy both are', async () => {
    expect(await bySpeaker('actor:prolific', 'harbour bridge reopen', 'claim:busy')).toBe(false);
    expect(await bySpeaker('actor:quiet', 'tunnel tolls abolished', 'claim:rare')).toBe(false);
  });

  it('keeps the candidate for a speaker the graph does not know yet', async () => {
    expect(await bySpeaker('actor:nobody-yet', 'harbour bridge reopen', 'claim:busy')).toBe(false);
  });

  it('walks the quiet side: fewer database hits than the busy claim has statements', async () => {
    const lookup = claimCandidatesQuery([query('actor:quiet', 'harbour bridge reopen')]);
    if (!lookup) throw new Error('expected a look-up');
    const [profiled] = await profileQueries(harness.db.driver, harness.db.name, [lookup], { planner: 'dp' });
    expect(profiled?.dbHits).toBeLessThan(BUSY);
  });
});

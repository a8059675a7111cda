// Which stored claim a fact-check reviews (src/link/review-match.ts). A wrong match attaches
// a verdict to a claim it was not about, so the near-misses matter as much as the matches:
// when nothing matches, the import creates the review's claim (matchMethod 'new').

import { type ReviewCandidate, reviewedClaim } from '../../../src/link/review-match';

const claim = (id: string, text: string, statementTexts: string[] = []): ReviewCandidate => ({
  id,
  text,
  statementTexts,
});

// 12 words
const CLOSED = 'The harbour authority has closed the northern port to all grain ships';
const STORED = [claim('claim:closed', CLOSED)];

describe('matching a reviewed claim to a stored claim', () => {
  it.each([
    [
      'quote marks, case and final punctuation',
      '“the harbour authority has closed the northern port to all grain ships.”',
    ],
    ['American spelling', 'The harbor authority has closed the northern port to all grain ships'],
  ])('EXACT despite %s', (_, reviewed) => {
    expect(reviewedClaim(reviewed, STORED)).toEqual({ method: 'exact', score: 1, claimId: 'claim:closed' });
  });

  it('EXACT despite a curly apostrophe in a contraction', () => {
    expect(
      reviewedClaim('It’s closing the northern port to all grain ships', [
        claim('claim:closing', 'It is closing the northern port to all grain ships'),
      ]),
    ).toEqual({ method: 'exact', score: 1, claimId: 'claim:closing' });
  });

  it('EXACT when a number is written in words on one side and in digits on the other', () => {
    expect(
      reviewedClaim('The harbour authority has closed the northern port to forty grain ships', [
        claim('claim:40', 'The harbour authority has closed the northern port to 40 grain ships'),
      ]),
    ).toEqual({ method: 'exact', score: 1, claimId: 'claim:40' });
  });

  it("EXACT against one of the claim's statements when the claim's own text differs", () => {
    expect(
      reviewedClaim('Officials say Vastland closed the northern port to all grain ships', [
        claim('claim:port', 'Port closure', [
          'Officials say Vastland closed the northern port to all grain ships!',
        ]),
      ]),
    ).toEqual({ method: 'exact', score: 1, claimId: 'claim:port' });
  });

  it('SUBSPAN when the fact-checker prefixes "Says", scored shorter over longer in words', () => {
    expect(reviewedClaim(`Says ${CLOSED.toLowerCase()}`, STORED)).toEqual({
      method: 'subspan',
      score: 0.923, // 12 of 13 words
      claimId: 'claim:closed',
    });
  });

  it('SUBSPAN when the review quotes part of a longer stored statement', () => {
    expect(
      reviewedClaim(CLOSED, [
        claim('claim:long', `${CLOSED} since Monday, the minister said in a radio interview`),
      ]),
    ).toEqual({ method: 'subspan', score: 0.571, claimId: 'claim:long' }); // 12 of 21
  });

  it('no SUBSPAN of fewer than eight words: a short phrase is not a claim', () => {
    expect(
      reviewedClaim('the northern port is closed', [
        claim('claim:a', `${CLOSED}, the northern port is closed`),
      ]),
    ).toBe(undefined);
  });

  it('PARAPHRASE across speakers: the fact-checker restates the claim in words of its own', () => {
    expect(reviewedClaim('Harbour authority closes northern port to all grain ships', STORED)).toEqual({
      method: 'paraphrase',
      score: 1,
      claimId: 'claim:closed',
    });
    expect(reviewedClaim('The harbour authority closed the northern port to grain ships', STORED)).toEqual({
      method: 'paraphrase',
      score: 0.933, // "all" dropped: Dice over 7 and 8 words that carry the proposition
      claimId: 'claim:closed',
    });
  });

  it("PARAPHRASE when the review names whom the statement's pronoun stood for", () => {
    expect(
      reviewedClaim('Vastland had closed the northern port to all grain ships', [
        claim('claim:we-closed', 'Port closed', ['We have closed the northern port to all grain ships']),
      ]),
    ).toEqual({ method: 'paraphrase', score: 0.923, claimId: 'claim:we-closed' });
  });
});

describe('the best of several candidates', () => {
  it('prefers an exact match to a subspan, and a subspan to a paraphrase, whatever their order', () => {
    const paraphrase = claim(
      'claim:paraphrase',
      'The harbor authority closed the northern port to grain ships',
    );
    const subspan = claim('claim:subspan', `${CLOSED} on Monday`);
    const exact = claim('claim:exact', CLOSED.toUpperCase());
    expect(reviewedClaim(CLOSED, [paraphrase, subspan, exact])?.claimId).toBe('claim:exact');
    expect(reviewedClaim(CLOSED, [exact, subspan, paraphrase])?.claimId).toBe('claim:exact');
    expect(reviewedClaim(CLOSED, [paraphrase, subspan])).toEqual({
      method: 'subspan',
      score: 0.857,
      claimId: 'claim:subspan',
    });
  });

  it('between two subspans, prefers the closer one, looking at every statement of each claim', () => {
    const wordy = claim('claim:wordy', `${CLOSED} on Monday, officials said`); // 12 of 16
    const close = claim('claim:close', 'Port closed', [`${CLOSED} on Monday`]); // 12 of 14
    expect(reviewedClaim(CLOSED, [wordy, close])).toEqual({
      method: 'subspan',
      score: 0.857,
      claimId: 'claim:close',
    });
  });

  it('keeps the first of two equally good matches', () => {
    const first = claim('claim:first', `${CLOSED} on Monday`);
    const second = claim('claim:second', `${CLOSED} on Friday`);
    expect(reviewedClaim(CLOSED, [first, second])?.claimId).toBe('claim:first');
    expect(reviewedClaim(CLOSED, [second, first])?.claimId).toBe('claim:second');
  });

  it('a statement matching exactly beats its own claim text matching as a subspan', () => {
    expect(reviewedClaim(CLOSED, [claim('claim:a', `${CLOSED} on Monday`, [`“${CLOSED}!”`])])).toEqual({
      method: 'exact',
      score: 1,
      claimId: 'claim:a',
    });
  });

  it('picks the claim with the right number over one with another number', () => {
    const reviewed = 'The harbour authority has closed the northern port to 40 grain ships';
    expect(
      reviewedClaim(reviewed, [
        claim('claim:30', 'The harbour authority has closed the northern port to 30 grain ships'),
        claim('claim:40', 'The harbour authority has closed the northern port to forty grain ships'),
      ]),
    ).toEqual({ method: 'exact', score: 1, claimId: 'claim:40' });
  });
});

describe('a new claim when nothing matches', () => {
  it('matches nothing without candidates, or with no words on either side', () => {
    expect(reviewedClaim(CLOSED, [])).toBeUndefined();
    expect(reviewedClaim('', [claim('claim:empty', '')])).toBeUndefined();
    expect(reviewedClaim('“…”', [claim('claim:dots', '...', ['“…”'])])).toBeUndefined();
  });

  it.each([
    ['a negation', 'The harbour authority has not closed the northern port to all grain ships', CLOSED],
    [
      'a negation in a paraphrase',
      'Vastland will never reopen the northern port to grain ships',
      'Vastland will reopen the northern port to grain ships',
    ],
    [
      'a different number',
      'The harbour authority has closed the northern port to 40 grain ships',
      'The harbour authority has closed the northern port to 30 grain ships',
    ],
    [
      'a different year',
      'The harbour authority has closed the northern port to all grain ships since 2021',
      'The harbour authority has closed the northern port to all grain ships since 2022',
    ],
    [
      'a different name',
      'Officials say Vastland closed the northern port to all grain ships',
      'Officials say Pelmark closed the northern port to all grain ships',
    ],
    [
      'a different name at the end',
      'Vastland has closed the northern port to all grain ships from Ostrea',
      'Vastland has closed the northern port to all grain ships from Pelmark',
    ],
    [
      'a name on one side only',
      'The harbour authority of Vastland has closed the northern port to all grain ships',
      CLOSED,
    ],
    ['the opposite verb', 'The harbour authority has opened the northern port to all grain ships', CLOSED],
    ['"It is not true that" before it', `It is not true that ${CLOSED.toLowerCase()}`, CLOSED],
    ['"is not true" after it', `${CLOSED} is not true`, CLOSED],
    ['"Nobody says that" before it', `Nobody says that ${CLOSED.toLowerCase()}`, CLOSED],
  ])('never matches a near-miss: %s', (_, reviewed, stored) => {
    expect(reviewedClaim(reviewed, [claim('claim:stored', stored, [stored])])).toBeUndefined();
  });

  // Regression (src/link/claim-match.ts): a denying frame stopped the SUBSPAN test but not the
  // PARAPHRASE one that review matching enables across speakers, where "denied", "false",
  // "rejected" were ordinary content words one side may add: a review of "Officials denied
  // that P" was attached to P itself.
  it.each([
    ['"denied that" before it', `Officials denied that ${CLOSED.toLowerCase()}`],
    ['"rejected claims that" before it', `The ministry rejected claims that ${CLOSED.toLowerCase()}`],
    ['"It is false that" before it', `It is false that ${CLOSED.toLowerCase()}`],
    ['"is false" after it', `${CLOSED} is false`],
  ])('regression: a denying frame is not the claim it denies (%s)', (_, reviewed) => {
    expect(reviewedClaim(reviewed, STORED)).toBeUndefined();
  });
});

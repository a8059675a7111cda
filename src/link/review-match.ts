// Which stored claim a fact-check reviews: the claim matcher's comparison of the reviewed words
// with each candidate claim's text and a few of its statements, across speakers (a fact-checker
// restates the claim in words of its own), the best match winning.

import { betterMatch, type ClaimMatch, compareTexts } from './claim-match';
import { matchText } from './match-text';

export interface ReviewCandidate {
  id: string;
  text: string;
  statementTexts: readonly string[];
}

export interface ReviewMatch extends ClaimMatch {
  claimId: string;
}

export function reviewedClaim(
  claimReviewed: string,
  candidates: readonly ReviewCandidate[],
): ReviewMatch | undefined {
  const reviewed = matchText(claimReviewed);
  let best: ReviewMatch | undefined;
  for (const candidate of candidates) {
    for (const text of [candidate.text, ...candidate.statementTexts]) {
      const match = compareTexts(reviewed, matchText(text), false, { paraphraseAcrossSpeakers: true });
      if (match && (!best || betterMatch(match, best))) best = { ...match, claimId: candidate.id };
    }
  }
  return best;
}

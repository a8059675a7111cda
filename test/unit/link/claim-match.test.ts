// Claim matching: what reporters change without changing a claim folds away; what changes
// it (negation, numbers, names, another word) never does. Then the gate over the labelled
// pairs of eval/claims.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPairs, scorePairs } from '../../../eval/claims/run-eval';
import { compareStatements } from '../../../src/link';

const same = (a: string, b: string) =>
  compareStatements({ text: a, speakerId: 'actor:x' }, { text: b, speakerId: 'actor:x' });
const across = (a: string, b: string) =>
  compareStatements({ text: a, speakerId: 'actor:x' }, { text: b, speakerId: 'actor:y' });

describe('claim matching', () => {
  it.each([
    [
      'We cannot accept a ban that singles out one company.',
      '“We can’t accept a ban that singles out one company”',
    ],
    ['The organisation will defend its programme', 'The organization will defend its program'],
    ['Fifteen percent of the fleet is idle', '15% of the fleet is idle'],
  ])('EXACT: %s = %s', (a, b) => {
    expect(same(a, b)).toEqual({ method: 'exact', score: 1 });
  });

  it('SUBSPAN: a quote cut short, or elided, of at least eight words', () => {
    const full = 'We cannot accept a ban that singles out one company, and we will fight it in court.';
    expect(across(full, 'a ban that singles out one company, and we will fight it')).toEqual({
      method: 'subspan',
      score: 0.667, // 12 of the longer's 18 words ("cannot" reads "can not")
    });
    expect(across(full, 'We cannot accept a ban … we will fight it in court')?.method).toBe('subspan');
    expect(across(full, 'we will fight it in court')).toBeUndefined();
  });

  it('PARAPHRASE: reported speech of the same speaker, pronouns and tense shifted', () => {
    expect(
      same(
        'We will not sign the deal unless the tariffs are lifted',
        'he would not sign the deal unless the tariffs were lifted',
      ),
    ).toEqual({
      method: 'paraphrase',
      score: 1,
    });
    // ... but not when someone else says it: a paraphrase across speakers is a different statement.
    expect(
      across(
        'We will not sign the deal unless the tariffs are lifted',
        'he would not sign the deal unless the tariffs were lifted',
      ),
    ).toBeUndefined();
  });

  it('a name standing for a pronoun is its referent, not a new party', () => {
    expect(
      compareStatements(
        { text: 'Korvex Telecom shared customer data with the Chinese government' },
        { text: 'it had shared customer data with the Chinese government' },
        { paraphraseAcrossSpeakers: true },
      )?.method,
    ).toBe('paraphrase');
  });

  it.each([
    [
      'negation',
      'We will sign the deal before the summit in June',
      'We will not sign the deal before the summit in June',
    ],
    [
      'number',
      'Tariffs will rise by 10 percent next year on all steel imports',
      'Tariffs will rise by 15 percent next year on all steel imports',
    ],
    [
      'name',
      'Germany will send air defence systems to Ukraine this winter',
      'France will send air defence systems to Ukraine this winter',
    ],
    [
      'antonym',
      'The government will lift the sanctions on the shipping company next month',
      'The government will impose the sanctions on the shipping company next month',
    ],
  ])('never matches a near-miss (%s)', (_, a, b) => {
    expect(same(a, b)).toBeUndefined();
  });
});

describe('claim matching on the labelled dev pairs', () => {
  const baseline = JSON.parse(
    readFileSync(resolve(__dirname, '../../../eval/claims/baseline.json'), 'utf8'),
  ) as {
    precision: number;
    recall: number;
  };
  const scores = scorePairs(loadPairs('dev'));

  it('keeps precision and recall at or above the committed baseline', () => {
    expect(scores.precision).toBeGreaterThanOrEqual(baseline.precision - 0.001);
    expect(scores.recall).toBeGreaterThanOrEqual(baseline.recall - 0.001);
  });
});

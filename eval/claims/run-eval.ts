// Scores claim matching (src/link/claim-match.ts) on labelled statement pairs: pairs that
// must match (the same words reshaped: contractions, elisions, truncation, punctuation,
// reported speech, another speaker repeating them) and near-misses that must not (one word
// negated, a number, a name, an antonym, a shared topic, a generic sub-phrase).
//
//   npm run eval:claims                 dev pairs, with every error under --verbose
//   npm run eval:claims -- --heldout    the held-out pairs: the figure to report
//   npm run eval:claims -- --write-baseline   commit the dev figures to baseline.json (the CI gate)

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareStatements } from '../../src/link';

interface Side {
  text: string;
  speaker: string;
  direct: boolean;
}

interface Pair {
  id: string;
  kind: string;
  match: boolean;
  a: Side;
  b: Side;
}

export interface PairScores {
  pairs: number;
  precision: number;
  recall: number;
  f1: number;
  byKind: Map<string, { pairs: number; correct: number }>;
  errors: Array<{ pair: Pair; predicted: string }>;
}

export function loadPairs(set: 'dev' | 'heldout'): Pair[] {
  return (JSON.parse(readFileSync(resolve(__dirname, `${set}.json`), 'utf8')) as { pairs: Pair[] }).pairs;
}

export function scorePairs(pairs: readonly Pair[]): PairScores {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  const byKind = new Map<string, { pairs: number; correct: number }>();
  const errors: PairScores['errors'] = [];
  for (const pair of pairs) {
    const match = compareStatements(
      { text: pair.a.text, speakerId: pair.a.speaker },
      { text: pair.b.text, speakerId: pair.b.speaker },
    );
    const predicted = match !== undefined;
    if (predicted && pair.match) truePositive++;
    if (predicted && !pair.match) falsePositive++;
    if (!predicted && pair.match) falseNegative++;
    const kind = byKind.get(pair.kind) ?? { pairs: 0, correct: 0 };
    kind.pairs++;
    if (predicted === pair.match) kind.correct++;
    else errors.push({ pair, predicted: match ? `${match.method} ${match.score}` : 'no match' });
    byKind.set(pair.kind, kind);
  }
  const precision = truePositive / Math.max(1, truePositive + falsePositive);
  const recall = truePositive / Math.max(1, truePositive + falseNegative);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pairs: pairs.length, precision, recall, f1, byKind, errors };
}

function main(): void {
  const set = process.argv.includes('--heldout') ? 'heldout' : 'dev';
  const scores = scorePairs(loadPairs(set));
  const pct = (value: number) => (100 * value).toFixed(1);
  console.log(`claim matching on ${set} pairs (${scores.pairs})`);
  console.log(`precision ${pct(scores.precision)}  recall ${pct(scores.recall)}  F1 ${pct(scores.f1)}`);
  for (const [kind, { pairs, correct }] of [...scores.byKind].sort()) {
    console.log(`  ${kind.padEnd(22)} ${String(correct).padStart(3)}/${pairs}`);
  }
  if (process.argv.includes('--write-baseline') && set === 'dev') {
    const round = (value: number) => Math.round(value * 10000) / 10000;
    const baseline = { precision: round(scores.precision), recall: round(scores.recall) };
    writeFileSync(resolve(__dirname, 'baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
  }
  if (process.argv.includes('--verbose') && set === 'dev') {
    for (const { pair, predicted } of scores.errors) {
      console.log(`\n${pair.id} ${pair.kind} gold=${pair.match} predicted=${predicted}`);
      console.log(`  a (${pair.a.speaker}): ${pair.a.text}`);
      console.log(`  b (${pair.b.speaker}): ${pair.b.text}`);
    }
  }
}

if (require.main === module) main();

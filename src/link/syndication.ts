// Is one article a copy of another (a wire story run by a client paper, a reprint under a
// new headline)? Word 5-gram shingles of the two bodies: when nearly every shingle of the
// shorter body is in the longer one, it is a copy, even with a sentence added or a dateline
// changed. The score is that share, so a reader can see how close the copy is.

import { matchText } from './match-text';

const SHINGLE = 5;
/** Shorter bodies than this many words are too short to call a copy by resemblance alone. */
export const MIN_COPY_WORDS = 40;
export const MIN_COPY_SCORE = 0.9;

function shingles(text: string): Set<string> {
  const words = matchText(text).tokens.map((token) => token.word);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** The share of the shorter body's shingles found in the longer one (0..1). */
export function bodyResemblance(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size + SHINGLE - 1 < MIN_COPY_WORDS) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return Math.round((shared / small.size) * 1000) / 1000;
}

export const isCopy = (resemblance: number) => resemblance >= MIN_COPY_SCORE;

// Is one article a copy of another (a wire story run by a client paper, a reprint under a
// new headline)? Word 5-gram shingles of the two bodies: when nearly every shingle of the
// shorter body is in the longer one, it is a copy, even with a sentence added or a dateline
// changed. The score is that share, so a reader can see how close the copy is.

import { SHINGLE_WORDS as SHINGLE, bodyShingles as shingles } from '../domain/body-print';

/** Shorter bodies than this many words are too short to call a copy by resemblance alone. */
export const MIN_COPY_WORDS = 40;
export const MIN_COPY_SCORE = 0.9;

/** The share of the shorter body's shingles found in the longer one (0..1). */
export function bodyResemblance(a: string, b: string): number {
  return resemblanceTo(a)(b);
}

/**
 * Resemblance to one body, for comparing it with several: its shingles are taken once, and a
 * body of very different length (a copy adds a sentence, not a page) is not shingled at all.
 */
export function resemblanceTo(text: string): (other: string) => number {
  const own = shingles(text);
  return (other) => {
    const ratio = other.length / Math.max(1, text.length);
    if (ratio < 0.5 || ratio > 2) return 0;
    const theirs = shingles(other);
    const [small, large] = own.size <= theirs.size ? [own, theirs] : [theirs, own];
    if (small.size + SHINGLE - 1 < MIN_COPY_WORDS) return 0;
    let shared = 0;
    for (const shingle of small) if (large.has(shingle)) shared++;
    return Math.round((shared / small.size) * 1000) / 1000;
  };
}

export const isCopy = (resemblance: number) => resemblance >= MIN_COPY_SCORE;

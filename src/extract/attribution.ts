// What the quote and reported-speech stages hand to assembly: where the words are, which cue
// introduced them, and the phrase naming the speaker (still unresolved).

import type { Cue } from '../domain/model';
import type { SpeakerPhrase } from './speaker-phrase';
import type { Subject, TokenRange } from './subject';
import type { Token } from './tokens';

export type SpeakerRef =
  | { type: 'phrase'; phrase: SpeakerPhrase }
  /** the speaker of the statement just before ("..., adding: “…”", a quote continuing one) */
  | { type: 'previous' };

export interface TextPiece {
  start: number;
  end: number;
}

export interface Attribution {
  direct: boolean;
  pieces: TextPiece[];
  cue: Cue;
  cueToken: number;
  speaker: SpeakerRef;
  /** where an intermediary or a date may be named: the attribution around the cue */
  regions: TokenRange[];
  audience?: string;
  paragraph: number;
  /** a quote with no attribution of its own, carrying on from the statement before it */
  continuation: boolean;
  /** for such a quote after reported speech: the paragraph the statement it goes on with ends */
  follows?: number;
  confidence: number;
}

export function isTerminator(t: Token | undefined): boolean {
  return t !== undefined && !t.mark && t.quote < 0 && ['.', '!', '?', '…'].includes(t.text);
}

/** Trailing punctuation that belongs to the attribution, not the words: "…to play,” he said". */
export function trimPiece(text: string, piece: TextPiece): TextPiece {
  let { start, end } = piece;
  while (end > start && /[\s,;:—–-]/.test(text.charAt(end - 1))) end--;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  return { start, end };
}

/** Regions without the speaker phrase (its words are never a date or an outlet). */
export function withoutRange(regions: readonly TokenRange[], cut: TokenRange | undefined): TokenRange[] {
  if (!cut) return [...regions];
  return regions.flatMap((r) => {
    if (cut.last < r.first || cut.first > r.last) return [r];
    const out: TokenRange[] = [];
    if (cut.first > r.first) out.push({ first: r.first, last: cut.first - 1 });
    if (cut.last < r.last) out.push({ first: cut.last + 1, last: r.last });
    return out;
  });
}

/** The tokens a subject takes up, its appositive included. */
export function cover(subject: Subject | undefined): TokenRange | undefined {
  if (!subject) return undefined;
  const a = subject.appositive;
  if (!a) return { first: subject.first, last: subject.last };
  return { first: Math.min(subject.first, a.first), last: Math.max(subject.last, a.last) };
}

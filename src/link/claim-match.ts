// Do two statements express one claim? Three explainable tests, strictest first, each with a
// score a reader can check by hand:
//
//   exact       the same words once quote marks, case, contractions, spelling and
//               punctuation are folded (score 1)
//   subspan     one is the other cut short or elided: every run of the shorter appears, in
//               order and word for word, in the longer (score: shorter / longer, in words)
//   paraphrase  reported speech reshaping a quote ("We will not sign" -> "he would not
//               sign"): the words that carry the proposition (all but pronouns, auxiliaries,
//               articles) agree, in order, one side at most adding some (score: Dice over them)
//
// What never matches: a negation, number or name on one side only, or any word of the
// proposition replaced by another (a different country, "lift" for "impose"), or a sub-span
// the longer text negates ("It is not true that P" against P). Those are the near-misses
// that look alike and say the opposite.

import { hasPersonalPronoun, type MatchText, type MatchToken, matchText, significant } from './match-text';

export type ClaimMatchMethod = 'exact' | 'subspan' | 'paraphrase';

export interface ClaimMatch {
  method: ClaimMatchMethod;
  /** 0..1, see the method */
  score: number;
}

export interface MatchOptions {
  /**
   * Whether reported speech may be matched across speakers. A different speaker repeating the
   * words is a statement of the same claim (exact, subspan); a paraphrase by someone else is
   * accepted only where the caller looks for a proposition (a denial's), not for a quote.
   */
  paraphraseAcrossSpeakers?: boolean;
}

/** A cut-short quote shorter than this is a phrase anyone may say ("we will respond firmly"). */
export const MIN_SUBSPAN_WORDS = 8;
/** A paraphrase needs this many words that carry a proposition on its shorter side. */
export const MIN_PARAPHRASE_WORDS = 4;
/** How much a paraphrase's longer side may add: Dice over the proposition's words. */
export const MIN_PARAPHRASE_SCORE = 0.75;

export interface Comparable {
  text: string;
  speakerId?: string;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function sameWords(a: readonly MatchToken[], b: readonly MatchToken[]): boolean {
  return a.length === b.length && a.every((token, i) => token.word === b[i]?.word);
}

/** Where `run` occurs word for word in `tokens` at or after `from`, or -1. */
function indexOfRun(tokens: readonly MatchToken[], run: readonly MatchToken[], from: number): number {
  outer: for (let start = from; start + run.length <= tokens.length; start++) {
    for (let i = 0; i < run.length; i++) {
      if (tokens[start + i]?.word !== run[i]?.word) continue outer;
    }
    return start;
  }
  return -1;
}

/** Where the shorter's runs lie in the longer, in order: [first word, past the last], or undefined. */
function subspanOf(shorter: MatchText, longer: MatchText): [number, number] | undefined {
  let from = 0;
  let first = -1;
  for (const run of shorter.runs) {
    const at = indexOfRun(longer.tokens, run, from);
    if (at < 0) return undefined;
    if (first < 0) first = at;
    from = at + run.length;
  }
  return [first, from];
}

// Frames that turn a sub-span into its opposite: "It is not true that P", "denies that P",
// "rejected claims that P" before it, "P is false" after it. A negation elsewhere in the
// longer text ("We cannot accept P") leaves P as said.
const DENYING = new Set([
  'deny',
  'denies',
  'denied',
  'denying',
  'false',
  'untrue',
  'reject',
  'rejects',
  'rejected',
  'refute',
  'refutes',
  'refuted',
  'baseless',
  'dismiss',
  'dismissed',
]);
const FRAME_WORDS = 4;

function negatedAround(longer: MatchText, [start, end]: [number, number]): boolean {
  const tokens = longer.tokens;
  const denies = (token: MatchToken | undefined) =>
    token !== undefined && (token.kind === 'negation' || DENYING.has(token.word));
  const before =
    tokens[start - 1]?.word === 'that' &&
    tokens.slice(Math.max(0, start - 1 - FRAME_WORDS), start - 1).some(denies);
  const next = tokens
    .slice(end, end + 3)
    .filter((token) => !['is', 'was', 'are', 'were', 'be'].includes(token.word));
  const after = denies(next[0]) && (next[0]?.kind !== 'negation' || next[1]?.word === 'true');
  return before || after;
}

/** Longest common subsequence of stems, with the unmatched tokens of each side. */
function align(a: readonly MatchToken[], b: readonly MatchToken[]) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i]?.stem === b[j]?.stem
          ? (table[(i + 1) * cols + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0);
    }
  }
  const onlyA: MatchToken[] = [];
  const onlyB: MatchToken[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]?.stem === b[j]?.stem) {
      i++;
      j++;
    } else if ((table[(i + 1) * cols + j] ?? 0) >= (table[i * cols + j + 1] ?? 0)) {
      onlyA.push(a[i++] as MatchToken);
    } else {
      onlyB.push(b[j++] as MatchToken);
    }
  }
  onlyA.push(...a.slice(i));
  onlyB.push(...b.slice(j));
  return { common: table[0] ?? 0, onlyA, onlyB };
}

const changesProposition = (token: MatchToken) => token.kind !== 'content';

/**
 * Reported speech names whom a pronoun stood for: "We will retaliate" -> "Mexico would
 * retaliate", "it shared the data" -> "Korvex Telecom shared the data". A name (of at most
 * three words) added where the other side has a personal pronoun is that pronoun's
 * referent, not a new party to the claim.
 */
function namesTheSpeaker(added: readonly MatchToken[], other: MatchText): boolean {
  const names = added.filter(changesProposition);
  return names.length <= 3 && names.every((token) => token.kind === 'name') && hasPersonalPronoun(other);
}

function paraphraseScore(a: MatchText, b: MatchText): number | undefined {
  const sa = significant(a);
  const sb = significant(b);
  if (Math.min(sa.length, sb.length) < MIN_PARAPHRASE_WORDS) return undefined;
  const { common, onlyA, onlyB } = align(sa, sb);
  // A word replaced by another is a different proposition; a negation, number or name on
  // one side only is one even when added.
  if (onlyA.length > 0 && onlyB.length > 0) return undefined;
  const [added, other] = onlyA.length > 0 ? [onlyA, b] : [onlyB, a];
  if (added.some(changesProposition) && !namesTheSpeaker(added, other)) return undefined;
  // "Officials denied that P", "P is false": a denying word on one side only says not-P.
  if (added.some((token) => DENYING.has(token.word))) return undefined;
  const score = (2 * common) / (sa.length + sb.length);
  return score >= MIN_PARAPHRASE_SCORE ? score : undefined;
}

/** Whether two parsed texts say one claim, and how. */
export function compareTexts(
  a: MatchText,
  b: MatchText,
  sameSpeaker: boolean,
  options: MatchOptions = {},
): ClaimMatch | undefined {
  if (a.tokens.length === 0 || b.tokens.length === 0) return undefined;
  if (sameWords(a.tokens, b.tokens)) return { method: 'exact', score: 1 };
  const [shorter, longer] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const span = shorter.tokens.length >= MIN_SUBSPAN_WORDS ? subspanOf(shorter, longer) : undefined;
  if (span && !negatedAround(longer, span)) {
    return { method: 'subspan', score: round(shorter.tokens.length / longer.tokens.length) };
  }
  if (!sameSpeaker && !options.paraphraseAcrossSpeakers) return undefined;
  const score = paraphraseScore(a, b);
  return score === undefined ? undefined : { method: 'paraphrase', score: round(score) };
}

export function compareStatements(
  a: Comparable,
  b: Comparable,
  options: MatchOptions = {},
): ClaimMatch | undefined {
  const sameSpeaker = a.speakerId !== undefined && a.speakerId === b.speakerId;
  return compareTexts(matchText(a.text), matchText(b.text), sameSpeaker, options);
}

const METHOD_RANK: Record<ClaimMatchMethod, number> = { exact: 3, subspan: 2, paraphrase: 1 };

/** The better of two matches: the stricter method, then the higher score. */
export function betterMatch(a: ClaimMatch, b: ClaimMatch): boolean {
  return METHOD_RANK[a.method] !== METHOD_RANK[b.method]
    ? METHOD_RANK[a.method] > METHOD_RANK[b.method]
    : a.score > b.score;
}

/**
 * Whether one text says the other is not so, word for word: the same words that carry the
 * proposition, in order, but for a negation on one side only ("Korvex shared the data" /
 * "Korvex did not share the data"). The clearest contradiction words alone can show; anything
 * looser is left unlinked.
 */
export function negates(a: MatchText, b: MatchText): boolean {
  const sa = significant(a);
  const sb = significant(b);
  if (Math.min(sa.length, sb.length) < MIN_PARAPHRASE_WORDS + 1) return false;
  const { onlyA, onlyB } = align(sa, sb);
  const extra = [...onlyA, ...onlyB];
  return extra.length === 1 && extra[0]?.kind === 'negation';
}

// Matching a name as written against known names: the article's own speakers here, the
// graph's actors in src/ingest. Pure: no state, no I/O.
//
// Order of tests, first hit wins:
//   1. exact: the mention equals a candidate's name (case, diacritics and dots ignored);
//      'exact' when it is the candidate's first (canonical) name, 'alias' for any other.
//   2. honorifics and titles stripped ("Mr Ren", "Secretary-general Jens Stoltenberg"), then
//      exact again: 'alias' for an honorific, 'title' for a title.
//   3. short form: a single remaining word equal to the last word of exactly one candidate's
//      name ("Trump" -> "Donald Trump"), or else the first word of exactly one
//      (family-name-first: "Ren" -> "Ren Zhengfei", "Xi" -> "Xi Jinping"): 'alias'.
//   4. guarded fuzzy match, 'fuzzy' (see isGuardedTypo): the candidate must be the only one
//      within reach.
// A mention that two candidates fit equally well matches neither.

import { HONORIFICS, TITLE_WORDS } from './lexicon';
import { foldName, isCapitalised } from './normalise';
import type { ResolutionMethod } from './types';

export interface NameCandidate {
  id: string;
  names: readonly string[];
}

export interface NameMatch {
  id: string;
  /** the candidate's name that matched */
  name: string;
  method: ResolutionMethod;
  confidence: number;
}

export function matchName(mention: string, candidates: ReadonlyArray<NameCandidate>): NameMatch | undefined {
  const folded = foldName(mention);
  if (folded === '') return undefined;
  const exact = unique(candidates, (name) => foldName(name) === folded);
  if (exact) {
    const canonical = foldName(exact.candidate.names[0] ?? '') === folded;
    return result(exact, canonical ? 'exact' : 'alias', canonical ? 1 : 0.95);
  }
  const { core, honorific, titled } = stripHonorificsAndTitles(folded);
  if (core === '') return undefined;
  if (core !== folded) {
    const stripped = unique(candidates, (name) => foldName(name) === core);
    if (stripped) return result(stripped, titled ? 'title' : 'alias', 0.95);
  }
  const words = core.split(' ');
  // A surname is a name: "Stoltenberg", not "the ministry", which would otherwise find the
  // one actor whose name ends in "ministry" (a lower-case word in a cased script is no name).
  if (words.length === 1 && !startsLowerCase(mention, core)) {
    const surname = unique(candidates, (name) => lastWord(foldName(name)) === core && hasSeveralWords(name));
    if (surname) return result(surname, 'alias', honorific ? 0.9 : 0.85);
    const familyFirst = unique(
      candidates,
      (name) => firstWord(foldName(name)) === core && hasSeveralWords(name),
    );
    if (familyFirst) return result(familyFirst, 'alias', honorific ? 0.85 : 0.75);
  }
  // "Van Dalen" after "Marieke van Dalen": a surname of several words is a name's last words.
  if (words.length >= 2 && !startsLowerCase(mention, words[0] as string)) {
    const tail = unique(candidates, (name) => {
      const full = foldName(name);
      return full.endsWith(` ${core}`) && full.split(' ').length > words.length;
    });
    if (tail) return result(tail, 'alias', honorific ? 0.9 : 0.85);
  }
  const fuzzy = unique(candidates, (name) => fuzzyNameMatch(words, foldName(name).split(' ')));
  if (fuzzy) return result(fuzzy, 'fuzzy', 0.7);
  return undefined;
}

function result(
  found: { id: string; name: string },
  method: ResolutionMethod,
  confidence: number,
): NameMatch {
  return { id: found.id, name: found.name, method, confidence };
}

function unique(
  candidates: ReadonlyArray<NameCandidate>,
  test: (name: string) => boolean,
): { id: string; name: string; candidate: NameCandidate } | undefined {
  let found: { id: string; name: string; candidate: NameCandidate } | undefined;
  for (const candidate of candidates) {
    const name = candidate.names.find(test);
    if (name === undefined) continue;
    if (found && found.id !== candidate.id) return undefined;
    found ??= { id: candidate.id, name, candidate };
  }
  return found && { id: found.id, name: found.name, candidate: found.candidate };
}

/** Whether the word `core` starts in lower case where the mention writes it. */
function startsLowerCase(mention: string, core: string): boolean {
  const word = mention.split(/\s+/).find((w) => foldName(w) === core) ?? mention;
  return /^\p{Ll}/u.test(word) && !isCapitalised(word);
}

function hasSeveralWords(name: string): boolean {
  return name.trim().includes(' ');
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** "mr ren" -> core "ren"; "secretary-general jens stoltenberg" -> "jens stoltenberg", titled. */
export function stripHonorificsAndTitles(folded: string): {
  core: string;
  honorific?: string;
  titled: boolean;
} {
  const words = folded.split(' ');
  let honorific: string | undefined;
  let titled = false;
  while (words.length > 1) {
    const first = words[0] as string;
    if (HONORIFICS.has(first) || HONORIFICS.has(`${first}.`)) {
      honorific = first;
    } else if (TITLE_WORDS.has(first)) {
      titled = true;
    } else {
      break;
    }
    words.shift();
  }
  return { core: words.join(' '), titled, ...(honorific ? { honorific } : {}) };
}

// Whole names of the same length, word by word, with exactly one word a guarded typo; or a
// single word against the candidate's last (or first) word.
function fuzzyNameMatch(mention: readonly string[], candidate: readonly string[]): boolean {
  if (mention.length === 1) {
    const word = mention[0] as string;
    if (candidate.length < 2) return isGuardedTypo(word, candidate[0] ?? '');
    return (
      isGuardedTypo(word, candidate[candidate.length - 1] as string) ||
      isGuardedTypo(word, candidate[0] as string)
    );
  }
  if (mention.length !== candidate.length) return false;
  let typos = 0;
  for (let i = 0; i < mention.length; i++) {
    if (mention[i] === candidate[i]) continue;
    if (!isGuardedTypo(mention[i] as string, candidate[i] as string)) return false;
    typos++;
  }
  return typos === 1;
}

/**
 * Is `a` a plausible typo of `b` rather than a different name? Real names differ from one
 * another by one letter all the time (Johnson/Johnston, Meng/Ming, Clark/Clarke, Jensen/Jenson),
 * so the guard is deliberately narrow:
 *   - both words at least 6 letters, same first letter;
 *   - words of up to 8 letters: only a swap of two adjacent letters (the typing slip that
 *     "Stotlenberg" shows), never a letter added, dropped or changed;
 *   - longer words: at most 1 edit (at most 2 from 13 letters), counting a swap as one
 *     (optimal string alignment distance);
 *   - no edit in the last three letters unless it is a swap: name endings are where real
 *     variants live (-son/-sen/-ston, -e, -s, -ez/-es).
 * Uniqueness (no other candidate within reach) is checked by the caller.
 */
export function isGuardedTypo(a: string, b: string): boolean {
  if (a === b || a.length < 6 || b.length < 6 || a[0] !== b[0]) return false;
  const longest = Math.max(a.length, b.length);
  if (longest <= 8) return isAdjacentSwap(a, b);
  const distance = osaDistance(a, b);
  const allowed = longest >= 13 ? 2 : 1;
  if (distance > allowed) return false;
  if (isAdjacentSwap(a, b)) return true;
  return lastEditIndex(a, b) < Math.min(a.length, b.length) - 3;
}

function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diffs: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
  const [i, j] = diffs;
  return diffs.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

// Index of the last position where the words differ, read from the end inward.
function lastEditIndex(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return Math.min(a.length, b.length) - 1 - i;
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
export function osaDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

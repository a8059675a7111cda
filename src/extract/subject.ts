// Finding the words that name the speaker around a cue verb: the subject before it ("Mr Ren
// said"), or the inverted subject after it ("said Mr Ren").

import {
  BETWEEN_SUBJECT_AND_CUE,
  DETERMINERS,
  INSTITUTION_WORDS,
  NAME_PARTICLES,
  ORG_ANAPHORS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  ROLE_HEADS,
  TITLE_WORDS,
} from './lexicon';
import { isCapitalised } from './normalise';
import { isPluralPossessive, type Token } from './tokens';

export interface TokenRange {
  first: number;
  last: number;
}

/** A subject, and the appositive fenced off by commas beside it ("Jo Bloggs, the mayor,"). */
export interface Subject extends TokenRange {
  appositive?: TokenRange;
}

const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'on']);
const ROLE_COMPLEMENTS = new Set(['in', 'with', 'close', 'familiar', 'to']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

function isSkippable(t: Token): boolean {
  return BETWEEN_SUBJECT_AND_CUE.has(t.lower) || (t.pos === 'ADV' && t.lower !== 'that');
}

function inNounPhrase(
  t: Token,
  before: Token | undefined,
  after: Token | undefined,
  located = false,
): boolean {
  if (t.quote >= 0 || t.mark) return false;
  if (NP_POS.has(t.pos) || POSSESSIVE_PRONOUNS.has(t.lower)) return true;
  if (NP_PREPOSITIONS.has(t.lower)) return true;
  // "Reporters Without Borders": a capitalised small word inside a name.
  if (
    isCapitalised(t.text) &&
    before &&
    after &&
    (isCapitalised(before.text) || NP_PREPOSITIONS.has(before.lower)) &&
    isCapitalised(after.text)
  )
    return true;
  // "an analyst at Tellurian Research in Sydney": inside an appositive, where a body sits.
  if (
    located &&
    t.lower === 'in' &&
    ['NOUN', 'PROPN'].includes(before?.pos ?? '') &&
    after &&
    isCapitalised(after.text)
  )
    return true;
  if (t.lower === "'s" || t.lower === '&') return true;
  // "the WHO's director of epidemic and pandemic preparedness": inside an appositive, "and"
  // joins two words of one portfolio (a subject's conjoined names are capitalised, above).
  if (
    located &&
    t.lower === 'and' &&
    ['NOUN', 'ADJ'].includes(before?.pos ?? '') &&
    ['NOUN', 'ADJ'].includes(after?.pos ?? '')
  )
    return true;
  // "the Atacama Producers' Association", "the tenants' union": a plural's possessive.
  if (isPluralPossessive(t, before) && NP_POS.has(before?.pos ?? '') && after && NP_POS.has(after.pos))
    return true;
  // "the Offshore Developers Forum", "Downing Street": a capitalised word the tagger took for
  // an adverb or a verb, before a capitalised noun, opens or continues the name.
  if (
    (t.pos === 'ADV' || t.pos === 'VERB') &&
    isCapitalised(t.text) &&
    after &&
    isCapitalised(after.text) &&
    ['PROPN', 'NOUN'].includes(after.pos) &&
    (before === undefined || before.pos === 'DET' || before.pos === 'PUNCT' || isCapitalised(before.text))
  )
    return true;
  // "the Syndicat des Enseignants du Nord": a lower-case particle between capitalised words.
  if (NAME_PARTICLES.has(t.lower) && before && after) {
    if (isCapitalised(before.text) && isCapitalised(after.text)) return true;
  }
  // "Sweden and Denmark", "the United States and Nato": conjoined names are one subject.
  if (t.lower === 'and' && before && after && isCapitalised(before.text) && isCapitalised(after.text))
    return true;
  // Role nouns take a place or a circle: "officials in Brussels", "people familiar with the talks".
  if (
    ROLE_COMPLEMENTS.has(t.lower) &&
    before &&
    (ROLE_HEADS.has(before.lower) || ROLE_COMPLEMENTS.has(before.lower) || ORG_ANAPHORS.has(before.lower))
  ) {
    return true;
  }
  // Participles used as modifiers ("an unnamed official", "the Danish shipping association")
  // are tagged VERB; a participle after a comma or a noun phrase is a clause ("prompting X").
  if (t.pos !== 'VERB' || !/(?:ed|ing)$/.test(t.lower)) return false;
  if (before?.pos === 'DET') return true;
  return ['ADJ', 'PROPN'].includes(before?.pos ?? '') && ['NOUN', 'PROPN'].includes(after?.pos ?? '');
}

/**
 * The subject of the cue at `cue`, looking back no further than `floor`. Skips auxiliaries and
 * adverbs ("has also said"), comma-fenced asides (", meanwhile,"), relative clauses
 * (", who leads the party,") and a coordinated infinitive ("to push back and warn").
 */
export function subjectBefore(tokens: readonly Token[], cue: number, floor: number): Subject | undefined {
  let j = skipBack(tokens, cue - 1, floor);
  const at = (i: number): Token | undefined => (i >= floor ? tokens[i] : undefined);
  // "declined to comment on the case, but said …": "but" joins two verbs of one subject too.
  if (['and', 'or', 'but'].includes(at(j)?.lower ?? '')) {
    // A coordinated verb shares the subject: walk back to its start.
    let k = j - 1;
    for (; k >= floor && k > j - 12; k--) {
      const t = tokens[k] as Token;
      const before = at(k - 1);
      // "to push back and warn": an infinitive shares the subject before its "to"; "declined
      // to comment …, but said": one that completes a verb goes back to that verb's subject.
      if (t.lower === 'to' && t.pos === 'PART' && before?.pos !== 'VERB') break;
      if (
        (t.pos === 'VERB' || t.pos === 'AUX') &&
        before &&
        !['VERB', 'AUX', 'ADV', 'PART'].includes(before.pos)
      ) {
        break;
      }
    }
    j = skipBack(tokens, k - 1, floor);
  }
  if (at(j)?.lower === 'to' && at(j)?.pos === 'PART') j--;
  const t = at(j);
  if (!t) return undefined;
  if (PRONOUNS.has(t.lower)) return { first: j, last: j };
  if (t.lower === 'who' && at(j - 1)?.lower === ',') return nounPhraseEndingAt(tokens, j - 2, floor);
  if (t.lower === ',') return appositiveBefore(tokens, j, floor);
  const phrase = nounPhraseEndingAt(tokens, j, floor);
  const head = relativeHeadBefore(tokens, phrase?.first ?? j + 1, floor);
  return head ? { first: head.first, last: j } : phrase;
}

/**
 * "Three diplomats who attended the closed session said": the phrase before the cue is the
 * object of an unfenced relative clause; the subject is the role the "who" hangs on, with its
 * clause (which says which diplomats).
 */
function relativeHeadBefore(tokens: readonly Token[], first: number, floor: number): TokenRange | undefined {
  let verb = false;
  for (let k = first - 1; k > floor && k >= first - 8; k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'who') {
      if (!verb || tokens[k - 1]?.lower === ',') return undefined;
      const head = nounPhraseEndingAt(tokens, k - 1, floor);
      return head && ROLE_HEADS.has((tokens[head.last] as Token).lower) ? head : undefined;
    }
    if (t.pos === 'PUNCT' || t.quote >= 0) return undefined;
    if (t.pos === 'VERB') verb = true;
  }
  return undefined;
}

// "The club's chairman, Desmond Ashby, said" / "Desmond Ashby, the club's chairman, said":
// the phrase before the fenced one is the subject, the fenced one its appositive.
function appositiveBefore(tokens: readonly Token[], closing: number, floor: number): Subject | undefined {
  // "the Hong Kong-based company that operates the Vega Star,": the appositive's own relative
  // clause is not part of its noun phrase.
  let innerEnd = closing - 1;
  for (let k = closing - 1; k > floor && k >= closing - 14; k--) {
    const t = tokens[k] as Token;
    if (t.lower === ',') break;
    if (['that', 'who', 'which'].includes(t.lower) && t.pos !== 'DET') innerEnd = k - 1;
  }
  const inner = nounPhraseEndingAt(tokens, innerEnd, floor, true);
  if (!inner) return undefined;
  // "Kanokwan Srisuk, of the Bangkok-based group Rivers Without Borders Asia,": the appositive
  // may open with the preposition that ties the person to their body.
  let opening = inner.first - 1;
  while (opening > floor && NP_PREPOSITIONS.has(tokens[opening]?.lower ?? '')) opening--;
  if (tokens[opening]?.lower !== ',' || opening <= floor) return undefined;
  const outer = nounPhraseEndingAt(tokens, opening - 1, floor);
  if (!outer) return undefined;
  return { ...outer, appositive: inner };
}

// "China on Wednesday accused", "the agency on Tuesday night said": a time between the
// subject and its verb is not the subject.
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Where a time phrase ending at j starts ("on Wednesday", "on Tuesday night", "last week"), or undefined. */
function timePhraseStart(tokens: readonly Token[], j: number, floor: number): number | undefined {
  let k = j;
  if (PARTS_OF_DAY.has(tokens[k]?.lower ?? '') && DAYS.has(tokens[k - 1]?.lower ?? '')) k--;
  const t = tokens[k];
  if (t && DAYS.has(t.lower)) return k - 1 >= floor && tokens[k - 1]?.lower === 'on' ? k - 1 : k;
  if (
    t &&
    ['week', 'month', 'year'].includes(t.lower) &&
    ['last', 'this'].includes(tokens[k - 1]?.lower ?? '')
  ) {
    return k - 1;
  }
  return undefined;
}

function skipBack(tokens: readonly Token[], j: number, floor: number): number {
  for (;;) {
    const t = j >= floor ? tokens[j] : undefined;
    if (!t) return j;
    if (isSkippable(t)) {
      j--;
      continue;
    }
    const time = timePhraseStart(tokens, j, floor);
    if (time !== undefined && time > floor) {
      j = time - 1;
      continue;
    }
    if (t.lower === ',') {
      const aside = asideStart(tokens, j, floor);
      if (aside === undefined) return j;
      j = aside - 1;
      continue;
    }
    return j;
  }
}

// ", meanwhile," or ", who leads the party," ending at the comma `end`: the index of its
// opening comma, or undefined when the comma isn't closing an aside.
function asideStart(tokens: readonly Token[], end: number, floor: number): number | undefined {
  for (let k = end - 1; k >= floor && k >= end - 20; k--) {
    const t = tokens[k] as Token;
    if (t.lower !== ',') continue;
    const inner = tokens.slice(k + 1, end);
    if (inner.length === 0) return undefined;
    const opening = inner[0] as Token;
    const relative = ['who', 'which', 'whose', 'where'].includes(opening.lower);
    // ", speaking on condition of anonymity,": a participle's clause about the subject.
    const participle = opening.pos === 'VERB' && opening.lower.endsWith('ing');
    const adverbial =
      inner.length <= 4 && inner.every((x) => isSkippable(x) || x.pos === 'ADP' || x.pos === 'PRON');
    if (relative || participle || adverbial) return k;
    return undefined;
  }
  return undefined;
}

function nounPhraseEndingAt(
  tokens: readonly Token[],
  last: number,
  floor: number,
  located = false,
): TokenRange | undefined {
  let first = last + 1;
  for (let i = last; i >= floor; i--) {
    const t = tokens[i] as Token;
    const listed = t.lower === ',' && inInstitutionList(tokens, i, last, floor);
    if (!listed && !inNounPhrase(t, tokens[i - 1], tokens[i + 1], located)) break;
    first = i;
    // A determiner opens its phrase, unless a preposition links it to the head before it.
    if (DETERMINERS.has(t.lower) && (t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t.lower))) {
      const before = tokens[i - 1];
      if (
        !before ||
        i - 1 < floor ||
        !(NP_PREPOSITIONS.has(before.lower) || ROLE_COMPLEMENTS.has(before.lower))
      )
        break;
    }
  }
  if (first > last) return undefined;
  while (first <= last && NP_PREPOSITIONS.has((tokens[first] as Token).lower)) first++;
  return first <= last ? { first, last } : undefined;
}

/**
 * "the Ministry of Education, Culture and Science", "the Department for Environment, Food and
 * Rural Affairs": a comma between the capitalised words an institution or a title is "of" (or
 * "for"), before an "and" that closes the list.
 */
function inInstitutionList(tokens: readonly Token[], comma: number, last: number, floor: number): boolean {
  const after = tokens.slice(comma + 1, last + 1);
  if (
    !after.some((t) => t.lower === 'and') ||
    !after.every((t) => t.lower === 'and' || isCapitalised(t.text))
  )
    return false;
  for (let j = comma - 1; j > floor && j >= comma - 6; j--) {
    const t = tokens[j] as Token;
    if (t.lower === 'of' || t.lower === 'for') {
      const head = tokens[j - 1]?.lower ?? '';
      return INSTITUTION_WORDS.has(head) || TITLE_WORDS.has(head);
    }
    if (!isCapitalised(t.text) && t.lower !== ',') return false;
  }
  return false;
}

/** The inverted subject after a cue: "said Mr Ren", "said a spokesman for the ministry". */
export function subjectAfter(tokens: readonly Token[], cue: number, ceiling: number): Subject | undefined {
  // "said on RTÉ radio": a preposition after the cue opens its complement, not a subject.
  if (NP_PREPOSITIONS.has(tokens[cue + 1]?.lower ?? '')) return undefined;
  let last = cue;
  for (let i = cue + 1; i <= ceiling; i++) {
    const t = tokens[i] as Token;
    if (!inNounPhrase(t, tokens[i - 1], tokens[i + 1])) break;
    const before = (tokens[i - 1] as Token).lower;
    // "according to two people familiar with the matter": a determiner after a role's
    // complement word goes on the phrase.
    if (
      i > cue + 1 &&
      DETERMINERS.has(t.lower) &&
      !NP_PREPOSITIONS.has(before) &&
      !(ROLE_COMPLEMENTS.has(before) && before !== 'to')
    )
      break;
    last = i;
  }
  while (last > cue && NP_PREPOSITIONS.has((tokens[last] as Token).lower)) last--;
  if (last <= cue) return undefined;
  // "said Jonas Feldmann, a spokesman for the tenants' union"
  if (tokens[last + 1]?.lower === ',' && last + 2 <= ceiling) {
    const appositive = subjectAfter(tokens, last + 1, ceiling);
    if (appositive)
      return { first: cue + 1, last, appositive: { first: appositive.first, last: appositive.last } };
  }
  return { first: cue + 1, last };
}

// Reading a speaker phrase: the words that name who speaks ("Mr Ren", "Huawei founder Ren
// Zhengfei", "a representative of the German BND intelligence service", "the company", "he").
// Nothing is resolved here; speakers.ts ties the phrase to a speaker.

import type { ActorKind } from '../domain/model';
import {
  COLLECTIVE_ROLES,
  COMPANY_DESCRIPTORS,
  DETERMINERS,
  HONORIFICS,
  INSTITUTION_WORDS,
  LOCAL_LEVELS,
  MEDIA_NOUNS,
  MODIFIER_SUFFIXES,
  NAME_PARTICLES,
  NATIONALITIES,
  ORG_ANAPHORS,
  PRONOUNS,
  RANK_WORDS,
  ROLE_HEADS,
  TITLE_WORDS,
} from './lexicon';
import { isCapitalised } from './normalise';
import { isStateWord } from './states';
import type { Subject } from './subject';
import { isPluralPossessive, type Token } from './tokens';

interface PhraseBase {
  first: number;
  last: number;
}

export type SpeakerPhrase =
  | (PhraseBase & { type: 'pronoun'; word: string })
  | (PhraseBase & {
      type: 'name';
      /** the name words alone: "Ren Zhengfei", "Stotlenberg", "Huawei" */
      name: string;
      honorific?: string;
      title?: string;
      affiliation?: string;
      /** a descriptor said the name is a company ("tech giant Huawei") */
      company: boolean;
    })
  | (PhraseBase & {
      type: 'role';
      name: string;
      role: string;
      affiliation?: string;
      /** what a title is "to" ("Ambassador to the Philippines Margaret Ellery") */
      posting?: string;
      plural: boolean;
    })
  | (PhraseBase & { type: 'anaphor'; head: string; kind: ActorKind; definite: boolean });

/**
 * The phrase for a subject with its appositive folded in: whichever of the two is a name
 * names the speaker, and the other (a role or title) becomes the title.
 */
export function phraseForSubject(
  tokens: readonly Token[],
  subject: Subject | undefined,
): SpeakerPhrase | undefined {
  if (!subject) return undefined;
  const main = parseSpeakerPhrase(tokens, subject.first, subject.last);
  if (!subject.appositive) return main;
  const aside = parseSpeakerPhrase(tokens, subject.appositive.first, subject.appositive.last);
  const describe = (
    p: SpeakerPhrase | undefined,
    range: { first: number; last: number },
  ): string | undefined =>
    p && p.type !== 'name' && p.type !== 'pronoun' ? stripDeterminer(tokens, range) : undefined;
  if (main?.type === 'name' && !main.title) {
    // "Dana Whitfield, the company's vice-president for European affairs,": an aside no role
    // reading takes is still the person's title when it holds a title's word.
    const titled = (range: { first: number; last: number }) =>
      tokens
        .slice(range.first, range.last + 1)
        .some((t) => TITLE_WORDS.has(t.lower) || isHyphenatedTitle(t.lower) || ROLE_HEADS.has(t.lower));
    const title =
      describe(aside, subject.appositive) ??
      (aside === undefined && titled(subject.appositive)
        ? stripDeterminer(tokens, subject.appositive)
        : undefined);
    return title ? { ...main, title } : main;
  }
  if (aside?.type === 'name' && main?.type !== 'pronoun') {
    const title = describe(main, subject) ?? (main ? undefined : stripDeterminer(tokens, subject));
    return { ...aside, first: subject.first, last: subject.appositive.last, ...(title ? { title } : {}) };
  }
  return main;
}

function stripDeterminer(tokens: readonly Token[], range: { first: number; last: number }): string {
  let first = range.first;
  while (first < range.last && DETERMINERS.has((tokens[first] as Token).lower)) first++;
  return span(tokens, first, range.last);
}

const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'to', 'close', 'familiar']);

export function parseSpeakerPhrase(
  tokens: readonly Token[],
  first: number,
  last: number,
): SpeakerPhrase | undefined {
  while (first <= last && isEdgePunctuation(tokens[first] as Token)) first++;
  while (last >= first && isEdgePunctuation(tokens[last] as Token)) last--;
  if (last < first) return undefined;
  const words = tokens.slice(first, last + 1);
  const head = words[0] as Token;
  if (words.length === 1 && PRONOUNS.has(head.lower))
    return { type: 'pronoun', word: head.lower, first, last };
  return (
    parseRole(tokens, first, last) ??
    parseAnaphor(words, first, last) ??
    parseName(tokens, first, last) ??
    // "The Asahi Shimbun newspaper reported": the paper by its name.
    (last > first && MEDIA_NOUNS.has((tokens[last] as Token).lower) && isNameWord(tokens[last - 1] as Token)
      ? parseName(tokens, first, last - 1)
      : undefined)
  );
}

function isEdgePunctuation(t: Token): boolean {
  return t.pos === 'PUNCT' && !t.mark;
}

function parseRole(tokens: readonly Token[], first: number, last: number): SpeakerPhrase | undefined {
  let start = first;
  while (start <= last && DETERMINERS.has((tokens[start] as Token).lower)) start++;
  // The role noun is the last word, or the word before a complement ("of the BND").
  let head = -1;
  for (let i = start; i <= last; i++) {
    const t = tokens[i] as Token;
    const next = (tokens[i + 1] as Token | undefined)?.lower ?? '';
    // "diplomats who attended the session": a role and the clause that says which.
    if (ROLE_HEADS.has(t.lower) && (i === last || ROLE_PREPOSITIONS.has(next) || next === 'who')) {
      head = i;
      break;
    }
    if (ROLE_PREPOSITIONS.has(t.lower)) break;
  }
  if (head < 0 || head < start) return undefined;
  for (let i = start; i < head; i++) if (!isModifier(tokens[i] as Token)) return undefined;
  const modifiers = tokens.slice(start, head).filter((t) => !RANK_WORDS.has(t.lower) && t.pos !== 'NUM');
  const headToken = tokens[head] as Token;
  const plural = headToken.lower === 'people' || headToken.lower.endsWith('s');
  const roleText = span(tokens, start, head);
  const name = span(tokens, start, last);
  if (head < last) {
    const preposition = (tokens[head + 1] as Token).lower;
    let affStart = head + 2;
    while (affStart <= last && DETERMINERS.has((tokens[affStart] as Token).lower)) affStart++;
    const affiliation =
      ['of', 'for', 'at', 'from'].includes(preposition) && affStart <= last
        ? span(tokens, affStart, last)
        : undefined;
    const posting =
      preposition === 'to' && TITLE_WORDS.has(headToken.lower) && affStart <= last
        ? span(tokens, affStart, last)
        : undefined;
    return {
      type: 'role',
      name,
      role: affiliation ? roleText : name,
      plural,
      first,
      last,
      ...(affiliation ? { affiliation } : {}),
      ...(posting ? { posting } : {}),
    };
  }
  const affiliation = modifiers.length > 0 ? span(tokens, modifiers[0]?.index ?? start, head - 1) : undefined;
  const cleanAffiliation =
    affiliation && !RANK_WORDS.has(affiliation.toLowerCase()) && !COLLECTIVE_ROLES.has(headToken.lower)
      ? affiliation
      : undefined;
  return {
    type: 'role',
    name,
    role: roleText,
    plural,
    first,
    last,
    ...(cleanAffiliation ? { affiliation: cleanAffiliation } : {}),
  };
}

function isModifier(t: Token): boolean {
  return (
    ['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB'].includes(t.pos) || RANK_WORDS.has(t.lower) || t.lower === "'s"
  );
}

function parseAnaphor(words: readonly Token[], first: number, last: number): SpeakerPhrase | undefined {
  // "the Russian embassy in Copenhagen", "the Israeli mission to the UN": an institution and
  // where it sits; the phrase names it.
  const located = words.findIndex(
    (t, k) => k > 0 && ORG_ANAPHORS.has(t.lower) && ['in', 'to', 'at'].includes(words[k + 1]?.lower ?? ''),
  );
  if (located > 0 && words.slice(located + 2).every((t) => isCapitalised(t.text) || t.lower === 'the')) {
    const parsed = parseAnaphor(words.slice(0, located + 1), first, first + located);
    return parsed ? { ...parsed, last } : undefined;
  }
  const det = (words[0] as Token).lower;
  const headToken = words[words.length - 1] as Token;
  const kind = ORG_ANAPHORS.get(headToken.lower);
  if (!kind) return undefined;
  // "Swedish police", "Chinese authorities": a nationality needs no article.
  const bare = det !== 'the' && det !== 'this';
  // "the Sri Lankan navy", "South Korea's military": a state's two words are one nationality.
  const inPair = (k: number) =>
    [k - 1, k].some((p) => {
      const a = words[p];
      const b = words[p + 1];
      return (
        a !== undefined && b !== undefined && isCapitalised(b.text) && isStateWord(`${a.lower} ${b.lower}`)
      );
    });
  if (bare && !(words.length >= 2 && (isNationality((words[0] as Token).lower) || inPair(0))))
    return undefined;
  if (!bare && words.length < 2) return undefined;
  const from = bare ? 0 : 1;
  // "the Odesa regional administration", "the Quang Ngai provincial border guard": a place's
  // name before a lower-case word for the level of government.
  let place = from;
  while (!bare && place < words.length - 2 && isCapitalised((words[place] as Token).text)) place++;
  const local =
    place > from &&
    LOCAL_LEVELS.has((words[place] as Token).lower) &&
    (kind === 'GOVERNMENT' || kind === 'AGENCY' || kind === 'ORGANIZATION');
  for (const [k, t] of words.slice(from, -1).entries()) {
    const national =
      isNationality(t.lower) || (isCapitalised(t.text) && (inPair(k + from) || (local && k + from < place)));
    if (isCapitalised(t.text) && !national) return undefined;
    if (!isModifier(t) && !national) return undefined;
  }
  return { type: 'anaphor', head: headToken.lower, kind, definite: true, first, last };
}

/** A nationality or a state's short name used as one ("Chinese", "US", "UK"). */
function isNationality(lower: string): boolean {
  return NATIONALITIES.has(lower) || isStateWord(lower);
}

/**
 * [the] [affiliation] [title words] [honorific] Name Words
 * "Huawei founder Ren Zhengfei", "Secretary-general Jens Stoltenberg", "Mr Ren", "Nato".
 */
function parseName(tokens: readonly Token[], first: number, last: number): SpeakerPhrase | undefined {
  let nameStart = last + 1;
  for (let i = last; i >= first; i--) {
    const t = tokens[i] as Token;
    // "Department of Foreign Affairs", "Armed Forces of the Philippines", "Office of the US
    // Trade Representative", "mission to the UN": "of", "to" and "the" inside a name.
    const inner = i < last && i > first;
    const before = tokens[i - 1] as Token | undefined;
    const joins =
      inner &&
      before !== undefined &&
      (['of', 'to'].includes(t.lower) ||
        // "the British High Commission in New Delhi": an institution and where it sits.
        (['for', 'in'].includes(t.lower) && INSTITUTION_WORDS.has(before.lower)) ||
        (t.lower === 'the' && ['of', 'to', 'for'].includes(before.lower))) &&
      (isNameWord(before) || ['of', 'to', 'for'].includes(before.lower)) &&
      !TITLE_WORDS.has(before.lower) &&
      (INSTITUTION_WORDS.has(before.lower) ||
        t.lower === 'the' ||
        isNameWord(tokens[i + 1] as Token) ||
        tokens[i + 1]?.lower === 'the');
    // "Ministry of Foreign Affairs", "Ministry of Education, Culture and Science": inside what
    // an institution is "of", title words, "and" and commas belong to its name.
    // "State Department", "Health Partners", "Defence Ministry": a title word naming what an
    // institution does is part of the institution's name.
    const institutional =
      i < last && INSTITUTION_WORDS.has((tokens[i + 1] as Token).lower) && isNameWord(tokens[i + 1] as Token);
    // "Bank of England Governor Andrew Bailey": a title before a person's name ends what the
    // institution is "of"; the person is the name.
    const titlesPerson =
      TITLE_WORDS.has(t.lower) &&
      i < last &&
      tokens
        .slice(i + 1, last + 1)
        .every((n) => isNameWord(n) && !TITLE_WORDS.has(n.lower) && !ROLE_HEADS.has(n.lower)) &&
      !INSTITUTION_WORDS.has((tokens[last] as Token).lower);
    const complement = (inner && !titlesPerson && institutionComplement(tokens, i, first)) || institutional;
    // "Prosecutor's Office", "People's Liberation Army": a possessive inside an institution's
    // name, not a state's ("China's Ministry of State Security").
    const possessive =
      ["'s", '’s'].includes(t.lower) &&
      INSTITUTION_WORDS.has((tokens[last] as Token).lower) &&
      before !== undefined &&
      isNameWord(before) &&
      !isStateWord(before.lower) &&
      isNameWord(tokens[i + 1] as Token);
    // "Atacama Producers' Association": a plural's possessive inside a name.
    const pluralPossessive =
      isPluralPossessive(t, before) &&
      before !== undefined &&
      isNameWord(before) &&
      isNameWord(tokens[i + 1] as Token);
    const particle =
      (NAME_PARTICLES.has(t.lower) ||
        pluralPossessive ||
        joins ||
        possessive ||
        (complement && [',', 'and'].includes(t.lower))) &&
      inner;
    // "Offshore Developers Forum", "Downing Street": a capitalised word the tagger read as an
    // adverb or a verb, before a word of the name.
    const misTagged =
      (t.pos === 'ADV' || t.pos === 'VERB') &&
      isCapitalised(t.text) &&
      /^\p{L}+$/u.test(t.text) &&
      i < last &&
      isNameWord(tokens[i + 1] as Token) &&
      (i > first || before?.lower === ',' || INSTITUTION_WORDS.has((tokens[last] as Token).lower));
    if (
      ((isNameWord(t) || misTagged) &&
        (complement || (!TITLE_WORDS.has(t.lower) && !HONORIFICS.has(t.lower)))) ||
      particle
    )
      nameStart = i;
    else break;
  }
  if (nameStart > last) return undefined;
  // A particle opens no name ("de Gaulle" aside), unless capitalised like "Le Monde".
  const opening = tokens[nameStart] as Token;
  if (
    (NAME_PARTICLES.has(opening.lower) && !isCapitalised(opening.text)) ||
    ['of', 'to', 'the'].includes(opening.lower)
  )
    nameStart++;
  // "Sweden and Denmark", "the United States and Nato": conjoined names speak as one.
  const conjunction = tokens[nameStart - 1];
  if (conjunction?.lower === 'and' && nameStart - 2 >= first && isNameWord(tokens[nameStart - 2] as Token)) {
    let start = nameStart - 2;
    while (
      start - 1 >= first &&
      isNameWord(tokens[start - 1] as Token) &&
      !TITLE_WORDS.has((tokens[start - 1] as Token).lower)
    )
      start--;
    nameStart = start;
  }
  let cursor = nameStart - 1;
  let honorific: string | undefined;
  if (cursor >= first && HONORIFICS.has((tokens[cursor] as Token).lower)) {
    honorific = (tokens[cursor] as Token).text;
    cursor--;
  }
  const titleEnd = cursor;
  let company = false;
  while (cursor >= first) {
    const t = tokens[cursor] as Token;
    if (TITLE_WORDS.has(t.lower) || isHyphenatedTitle(t.lower)) cursor--;
    // "Business and Trade Secretary": a portfolio's words joined inside the title.
    else if (
      ['and', '&'].includes(t.lower) &&
      cursor < titleEnd &&
      cursor > first &&
      isCapitalised((tokens[cursor - 1] as Token).text)
    )
      cursor -= 2;
    else if (COMPANY_DESCRIPTORS.has(t.lower)) {
      company = true;
      cursor--;
    } else if (!isCapitalised(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ') && !DETERMINERS.has(t.lower)) {
      // A descriptive word before the name ("billionaire Felix Armitage", "tech giant Huawei").
      cursor--;
    } else break;
  }
  const title = cursor < titleEnd && !company ? span(tokens, cursor + 1, titleEnd) : undefined;
  let affEnd = cursor;
  let affStart = first;
  while (affStart <= affEnd && DETERMINERS.has((tokens[affStart] as Token).lower)) affStart++;
  while (affEnd >= affStart && ["'s", '’s'].includes((tokens[affEnd] as Token).lower)) affEnd--;
  for (let i = affStart; i <= affEnd; i++) {
    const t = tokens[i] as Token;
    // "Business and Trade Secretary Daniel Okafor": "and" between a portfolio's capitalised words.
    const joinsPortfolio =
      ['and', '&'].includes(t.lower) &&
      i > affStart &&
      i < affEnd &&
      isCapitalised((tokens[i - 1] as Token).text) &&
      isCapitalised((tokens[i + 1] as Token).text);
    if (
      !isCapitalised(t.text) &&
      !["'s", '’s', 'of', 'the'].includes(t.lower) &&
      !NATIONALITIES.has(t.lower) &&
      !joinsPortfolio
    ) {
      return undefined;
    }
  }
  const affiliation = affStart <= affEnd ? span(tokens, affStart, affEnd) : undefined;
  return {
    type: 'name',
    name: span(tokens, nameStart, last),
    first,
    last,
    company,
    ...(honorific ? { honorific } : {}),
    ...(title ? { title } : {}),
    ...(affiliation ? { affiliation } : {}),
  };
}

/** Whether token i lies in the complement of an institution's "of" ("Ministry of Foreign …"). */
function institutionComplement(tokens: readonly Token[], i: number, first: number): boolean {
  for (let j = i - 1; j > first && j >= i - 8; j--) {
    const t = tokens[j] as Token;
    if (t.lower === 'of' || t.lower === 'for') return INSTITUTION_WORDS.has((tokens[j - 1] as Token).lower);
    if (!isNameWord(t) && !['and', ',', 'the'].includes(t.lower)) return false;
  }
  return false;
}

function isHyphenatedTitle(lower: string): boolean {
  return lower.includes('-') && lower.split('-').some((part) => TITLE_WORDS.has(part));
}

/** A word that can belong to a name: capitalised, and a proper noun unless mid-sentence. */
export function isNameWord(t: Token): boolean {
  if (t.quote >= 0 || t.mark || !isCapitalised(t.text)) return false;
  if (!/^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(t.text)) return false;
  if (isPlaceCompound(t.lower)) return false;
  // "Institute for Advanced Propulsion Materials", "Armed Forces": a capitalised participle.
  const participle = t.pos === 'VERB' && /ed$/.test(t.lower);
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || participle;
}

/** "Kong-based", "Chinese-owned", "state-run": a place or owner made into an adjective, never a name. */
export function isPlaceCompound(lower: string): boolean {
  const dash = lower.lastIndexOf('-');
  return dash > 0 && MODIFIER_SUFFIXES.has(lower.slice(dash + 1));
}

export function span(tokens: readonly Token[], first: number, last: number): string {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  return joinTokens(tokens, first, last, a, b);
}

// Rebuild the words with their original spacing (single spaces for any run of whitespace).
function joinTokens(tokens: readonly Token[], first: number, last: number, _a: Token, _b: Token): string {
  let out = '';
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (i > first && prev && prev.end < t.start) out += ' ';
    out += t.text;
  }
  return out;
}

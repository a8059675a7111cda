// The names an article mentions, outside quotes: who the people are (full names, for short
// forms to resolve against), what kind of actor each organisation is, and where each is
// mentioned (for "the company" and pronouns to point back to).

import type { ActorKind } from '../domain/model';
import {
  COMPANY_DESCRIPTORS,
  DETERMINERS,
  type Gender,
  HONORIFICS,
  INSTITUTION_WORDS,
  kindOfKnownName,
  MEDIA_NOUNS,
  MONTHS_AND_DAYS,
  NAME_PARTICLES,
  NAMED_BY_QUALIFIER,
  NATIONALITIES,
  ORG_ANAPHORS,
  POSSESSIVE_MARKS,
  PRESS_TITLE_WORDS,
  ROLE_HEADS,
  TITLE_WORDS,
} from './lexicon';
import { matchName, type NameCandidate } from './name-match';
import { foldName, isCapitalised } from './normalise';
import { isOutletName } from './outlets';
import { isNameWord, isPlaceCompound, span } from './speaker-phrase';
import { governmentNamed, isDemonym, isStateWord } from './states';
import type { Token } from './tokens';

export interface Entity {
  key: string;
  name: string;
  kind: ActorKind;
  gender?: Gender;
  /** titles written before a person's name ("Foreign Minister", "ministry spokesman") */
  titles?: string[];
  /** what an appositive calls a body: "regulator" for "Rostransnadzor, Russia's regulator," */
  described?: string;
}

export interface Occurrence {
  entity: Entity;
  token: number;
}

export interface Registry {
  entities: Map<string, Entity>;
  occurrences: Occurrence[];
  /** people named in full (two words or more): what short forms resolve against */
  people: NameCandidate[];
}

export function buildRegistry(tokens: readonly Token[]): Registry {
  const entities = new Map<string, Entity>();
  const occurrences: Occurrence[] = [];
  const shortForms: Array<{ name: string; gender?: Gender; token: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = nameRunAt(tokens, i);
    if (!run) continue;
    i = run.last;
    // "the Hong Kong-based company": the place before a compound adjective names no actor.
    if (isPlaceCompound(tokens[run.last + 1]?.lower ?? '')) continue;
    const words = run.nameFirst <= run.last ? span(tokens, run.nameFirst, run.last) : '';
    if (words === '') continue;
    let key = foldName(words);
    if (NATIONALITIES.has(key) || isDemonym(key) || MONTHS_AND_DAYS.has(key)) continue;
    // "Ministry spokeswoman Zhou", "The Secretariat said": an institution's word alone is no name.
    if (INSTITUTION_WORDS.has(key) || ORG_ANAPHORS.has(key)) continue;
    const titled = run.institution
      ? undefined
      : (trimTitleComplement(tokens, run) ?? afterInnerTitle(tokens, run));
    if (titled) {
      run.nameFirst = titled;
      key = foldName(span(tokens, run.nameFirst, run.last));
    }
    const isShortForm = run.honorific !== undefined && run.nameFirst === run.last;
    if (isShortForm) {
      shortForms.push({ name: words, token: run.nameFirst, ...(run.gender ? { gender: run.gender } : {}) });
      continue;
    }
    const head = appositiveHead(tokens, run.last);
    const kind = kindOf(tokens, run.first, run.last, key, run.honorific !== undefined, head);
    const entity = entities.get(key) ?? { key, name: span(tokens, run.nameFirst, run.last), kind };
    if (head && ORG_ANAPHORS.has(head) && !run.honorific) {
      entity.described = head;
      if (entity.kind === 'PERSON' || entity.kind === 'ORGANIZATION')
        entity.kind = ORG_ANAPHORS.get(head) as ActorKind;
    }
    if (kind === 'COMPANY' || (entity.kind === 'ORGANIZATION' && kind !== 'ORGANIZATION')) entity.kind = kind;
    if (run.gender) entity.gender = run.gender;
    const title = kind === 'PERSON' ? titleBefore(tokens, run) : undefined;
    if (title) entity.titles = [...(entity.titles ?? []), title];
    entities.set(key, entity);
    occurrences.push({ entity, token: run.nameFirst });
  }
  for (const found of qualifiedInstitutions(tokens)) {
    const entity = entities.get(found.key) ?? { key: found.key, name: found.name, kind: found.kind };
    entities.set(found.key, entity);
    occurrences.push({ entity, token: found.token });
  }
  const people: NameCandidate[] = [...entities.values()]
    .filter((e) => e.kind === 'PERSON' && e.name.includes(' '))
    .map((e) => ({ id: e.key, names: [e.name] }));
  // "Tan said" after "Lena Tan": a lone name word that is a person's surname (or family name)
  // is that person, not an organisation called Tan.
  // "Van Dalen rejected …" after "Marieke van Dalen": a person named by the last words of
  // another's name is that person.
  for (const entity of [...entities.values()]) {
    const lone = entity.kind === 'ORGANIZATION' && !entity.name.includes(' ');
    const tail = entity.kind === 'PERSON' && entity.name.includes(' ');
    if ((!lone && !tail) || kindOfKnownName(entity.key)) continue;
    if (tail && !people.some((p) => p.id !== entity.key && p.id.endsWith(` ${entity.key}`))) continue;
    const others = tail ? people.filter((p) => p.id !== entity.key) : people;
    const match = matchName(entity.name, others);
    const person = match ? entities.get(match.id) : undefined;
    if (!person || (tail && !person.key.endsWith(` ${entity.key}`))) continue;
    entities.delete(entity.key);
    for (const occurrence of occurrences) if (occurrence.entity === entity) occurrence.entity = person;
  }
  for (let i = people.length - 1; i >= 0; i--)
    if (!entities.has((people[i] as NameCandidate).id)) people.splice(i, 1);
  // "Mr Trump" tells us Donald Trump's gender and counts as a mention of him.
  for (const short of shortForms) {
    const match = matchName(short.name, people);
    const entity = match ? entities.get(match.id) : undefined;
    if (!entity) continue;
    if (short.gender && !entity.gender) entity.gender = short.gender;
    occurrences.push({ entity, token: short.token });
  }
  occurrences.sort((a, b) => a.token - b.token);
  return { entities, occurrences, people };
}

/**
 * "Secretary of State Thomas Whitaker", "Ambassador to the Philippines Margaret Ellery": a run
 * of capitalised words that completes a title ("of State", "to the Philippines") before a
 * person's name. The person is the last two words; returns where they start.
 */
function trimTitleComplement(tokens: readonly Token[], run: NameRun): number | undefined {
  if (run.last - run.nameFirst < 2) return undefined;
  for (let back = run.nameFirst - 1; back >= Math.max(0, run.nameFirst - 3); back--) {
    const t = tokens[back] as Token;
    if (t.sentence !== (tokens[run.nameFirst] as Token).sentence) return undefined;
    if (['of', 'for', 'to', 'the'].includes(t.lower)) continue;
    if (TITLE_WORDS.has(t.lower) && back < run.nameFirst - 1) return run.last - 1;
    return undefined;
  }
  return undefined;
}

/**
 * "Estonian Foreign Minister Margus Kaasik", "Treasury Board President Nadia Ferreira-Lam": a
 * title inside a run, before at least two more words: the person starts after it.
 */
function afterInnerTitle(tokens: readonly Token[], run: NameRun): number | undefined {
  for (let i = run.last - 2; i >= run.nameFirst; i--) {
    const lower = (tokens[i] as Token).lower;
    if (TITLE_WORDS.has(lower) || lower.split('-').some((part) => TITLE_WORDS.has(part))) return i + 1;
  }
  return undefined;
}

/**
 * The title before a person's name: the title words inside the run ("Foreign Minister Claire
 * Beaulieu") and the lower-case ones before it ("ministry spokesman Saeed Karimzadeh").
 */
function titleBefore(tokens: readonly Token[], run: NameRun): string | undefined {
  let first = run.first;
  while (first > 0) {
    const t = tokens[first - 1] as Token;
    const titleLike = TITLE_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower) || ORG_ANAPHORS.has(t.lower);
    if (t.sentence !== (tokens[run.first] as Token).sentence || t.quote >= 0 || isCapitalised(t.text)) break;
    if (!titleLike || first <= run.first - 3) break;
    first--;
  }
  return first < run.nameFirst ? span(tokens, first, run.nameFirst - 1) : undefined;
}

interface NameRun {
  /** the run goes on into what an institution is "of" */
  institution: boolean;
  first: number;
  nameFirst: number;
  last: number;
  honorific?: string;
  gender?: Gender;
}

// A run of capitalised words, with any leading titles and honorific split off.
function nameRunAt(tokens: readonly Token[], i: number): NameRun | undefined {
  const start = tokens[i] as Token;
  const honorificAhead = HONORIFICS.has(start.lower) && tokens[i + 1] && isNameWord(tokens[i + 1] as Token);
  if (!isNameWord(start) && !honorificAhead) return undefined;
  if (isSentenceInitialCommonWord(tokens, i)) return undefined;
  let last = i;
  // Inside what an institution is "of" ("Court of Justice", "Ministry of Energy and Mines").
  let complement = false;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== start.sentence) break;
    const next = tokens[j + 1];
    if (isNameWord(t)) last = j;
    else if (NAME_PARTICLES.has(t.lower) && next && isNameWord(next)) continue;
    else if (
      (t.lower === 'of' || t.lower === 'for') &&
      INSTITUTION_WORDS.has((tokens[last] as Token).lower) &&
      j === last + 1
    ) {
      const after = next?.lower === 'the' ? tokens[j + 2] : next;
      if (!after || !isNameWord(after)) break;
      complement = true;
    } else if (t.lower === 'the' && ['of', 'for'].includes(tokens[j - 1]?.lower ?? '') && complement)
      continue;
    else if (t.lower === 'and' && complement && next && isNameWord(next) && !isStateWord(next.lower))
      continue;
    else break;
  }
  let nameFirst = i;
  let honorific: string | undefined;
  let gender: Gender | undefined;
  while (nameFirst < last) {
    const t = tokens[nameFirst] as Token;
    if (HONORIFICS.has(t.lower)) {
      honorific = t.lower;
      gender = HONORIFICS.get(t.lower);
    } else if (!TITLE_WORDS.has(t.lower) && !t.lower.split('-').some((w) => TITLE_WORDS.has(w))) break;
    nameFirst++;
  }
  return {
    institution: complement,
    first: i,
    nameFirst,
    last,
    ...(honorific ? { honorific } : {}),
    ...(gender ? { gender } : {}),
  };
}

function isSentenceInitialCommonWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const initial = !prev || prev.sentence !== t.sentence || prev.mark !== undefined;
  return initial && t.pos !== 'PROPN' && !HONORIFICS.has(t.lower);
}

function kindOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  key: string,
  honorific: boolean,
  /** what an appositive after the name calls it: "Orion Bulk, the Hong Kong-based company" */
  described: string | undefined,
): ActorKind {
  if (honorific) return 'PERSON';
  const known = kindOfKnownName(key) ?? (governmentNamed(key) ? 'GOVERNMENT' : undefined);
  if (known) return known;
  if (
    isOutletName(key) ||
    (key.includes(' ') && PRESS_TITLE_WORDS.has(key.slice(key.lastIndexOf(' ') + 1))) ||
    MEDIA_NOUNS.has(tokens[last + 1]?.lower ?? '')
  )
    return 'MEDIA';
  const sentence = (tokens[first] as Token).sentence;
  const near = [tokens[first - 1], tokens[first - 2], tokens[last + 1]].filter(
    (t): t is Token => t !== undefined && t.sentence === sentence,
  );
  if (near.some((t) => COMPANY_DESCRIPTORS.has(t.lower)) || (described && COMPANY_DESCRIPTORS.has(described)))
    return 'COMPANY';
  const words = key.split(' ');
  const lastWord = words[words.length - 1] as string;
  if (INSTITUTION_WORDS.has(lastWord)) return 'ORGANIZATION';
  // "International Court of Justice", "Global Affairs Canada": a body, not a person.
  if (words.some((w, k) => INSTITUTION_WORDS.has(w) && ['of', 'for'].includes(words[k + 1] ?? '')))
    return 'ORGANIZATION';
  if (words.length >= 2 && governmentNamed(lastWord)) return 'ORGANIZATION';
  const allCaps = words.some((w, k) => {
    const text = (tokens[first + k] as Token | undefined)?.text ?? '';
    return w.length > 1 && text === text.toUpperCase();
  });
  if (words.length >= 2 && !allCaps) return 'PERSON';
  return 'ORGANIZATION';
}

// What may follow the head of a describing appositive: its end, or a clause or place about it.
const APPOSITIVE_ENDS = new Set([',', '.', ';', ')', 'that', 'which', 'whose', 'in', 'based']);

/**
 * The word an appositive after a name ends on when it says what kind of body the name is:
 * "Orion Bulk, the Hong Kong-based company", "Mar Vivo, a Peruvian conservation group",
 * "Sunat, Peru's customs and tax agency". Not "Jo Tan, a lawyer for the company", nor "Gao, the ministry's spokeswoman".
 */
function appositiveHead(tokens: readonly Token[], last: number): string | undefined {
  if (tokens[last + 1]?.lower !== ',') return undefined;
  let j = last + 2;
  if (DETERMINERS.has(tokens[j]?.lower ?? '')) j++;
  else if (isCapitalised(tokens[j]?.text ?? '') && POSSESSIVE_MARKS.has(tokens[j + 1]?.lower ?? '')) j += 2;
  else return undefined;
  for (const end = j + 6; j <= end; j++) {
    const t = tokens[j];
    if (!t) return undefined;
    if (COMPANY_DESCRIPTORS.has(t.lower) || ORG_ANAPHORS.has(t.lower)) {
      const after = tokens[j + 1]?.lower;
      // "Dana Whitfield, the company's vice-president": the company owns the role, and is not her.
      if (after !== undefined && POSSESSIVE_MARKS.has(after)) return undefined;
      if (COMPANY_DESCRIPTORS.has(t.lower) || after === undefined || APPOSITIVE_ENDS.has(after))
        return t.lower;
    }
    if (!['ADJ', 'NOUN', 'PROPN', 'VERB'].includes(t.pos) && t.lower !== 'and') return undefined;
  }
  return undefined;
}

/**
 * "the Chinese foreign ministry", "the Russian foreign ministry's briefing": a nationality or
 * state and the lower-case name of one of its institutions, which "the ministry" points back to.
 */
function qualifiedInstitutions(
  tokens: readonly Token[],
): Array<{ key: string; name: string; kind: ActorKind; token: number }> {
  const out: Array<{ key: string; name: string; kind: ActorKind; token: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quote >= 0 || !isCapitalised(t.text)) continue;
    // "the Sri Lankan navy", "South Korea's military": a state named in two words.
    const second = tokens[i + 1];
    const pair = second && isCapitalised(second.text) && isStateWord(`${t.lower} ${second.lower}`) ? 1 : 0;
    if (!pair && !(NATIONALITIES.has(t.lower) || isStateWord(t.lower))) continue;
    const stateEnd = i + pair;
    // "Russia's foreign ministry": a state's possessive qualifies as its adjective does.
    const possessive =
      (pair === 1 || isStateWord(t.lower)) && POSSESSIVE_MARKS.has(tokens[stateEnd + 1]?.lower ?? '');
    const from = possessive ? stateEnd + 2 : stateEnd + 1;
    for (let j = from; j <= from + 2; j++) {
      const w = tokens[j];
      if (!w || w.sentence !== t.sentence || w.quote >= 0 || isCapitalised(w.text)) break;
      const kind = ORG_ANAPHORS.get(w.lower);
      if (kind && NAMED_BY_QUALIFIER.has(w.lower)) {
        const name = span(tokens, i, j);
        out.push({ key: foldName(name), name, kind, token: i });
        break;
      }
      if (!['ADJ', 'NOUN'].includes(w.pos)) break;
    }
  }
  return out;
}

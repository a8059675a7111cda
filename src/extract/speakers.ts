// Tying a speaker phrase to a speaker: full names and their short forms, roles, "the
// company", and pronouns pointing back to the nearest compatible speaker.

import type { ActorKind } from '../domain/model';
import {
  DETERMINERS,
  type Gender,
  HONORIFICS,
  INSTITUTION_WORDS,
  kindOfKnownName,
  LOCAL_LEVELS,
  NAMED_BY_QUALIFIER,
  ORG_ANAPHORS,
  PRONOUNS,
  RANK_WORDS,
  ROLE_FAMILIES,
} from './lexicon';
import type { Registry } from './mentions';
import { matchName } from './name-match';
import { foldName } from './normalise';
import { isOutletName } from './outlets';
import type { SpeakerPhrase } from './speaker-phrase';
import { span } from './speaker-phrase';
import { governmentNamed, governmentPhrase, isStateWord } from './states';
import type { Token } from './tokens';
import type { ExtractedSpeaker } from './types';

export interface SpokenBy {
  speaker: ExtractedSpeaker;
  gender?: Gender;
  /** token index of the attribution */
  token: number;
  paragraph: number;
}

export interface SpeakerContext {
  tokens: readonly Token[];
  registry: Registry;
  /** speakers of the statements before this one, in text order */
  history: readonly SpokenBy[];
  /** where the attribution is */
  token: number;
  paragraph: number;
}

/** How many paragraphs back a pronoun may reach for the speaker it stands for. */
const PRONOUN_REACH = 3;

export function resolveSpeaker(
  phrase: SpeakerPhrase,
  ctx: SpeakerContext,
): { speaker: ExtractedSpeaker; gender?: Gender } | undefined {
  const mention = span(ctx.tokens, phrase.first, phrase.last);
  switch (phrase.type) {
    case 'pronoun':
      return resolvePronoun(phrase.word, mention, ctx);
    case 'role': {
      // "Secretary of State Thomas Whitaker": a title whose complement ends with a person named
      // in the article is that person, the rest their title.
      // "The spokesman added", "the official said": the speaker named with that role before.
      const earlier = roleAnaphor(mention, ctx);
      if (earlier) return earlier;
      const complement = phrase.affiliation ?? phrase.posting;
      const person = complement ? personEnding(complement, ctx) : undefined;
      if (person) {
        return {
          speaker: {
            name: person.name,
            mention,
            kind: 'PERSON',
            method: 'title',
            confidence: 0.9,
            title: mention.slice(0, mention.lastIndexOf(person.words)).trim(),
          },
          ...(person.gender ? { gender: person.gender } : {}),
        };
      }
      const titled = titledPerson(phrase, ctx);
      if (titled) {
        return {
          speaker: {
            name: titled.name,
            mention,
            kind: 'PERSON',
            method: 'title',
            confidence: 0.75,
            title: mention,
          },
          ...(titled.gender ? { gender: titled.gender } : {}),
        };
      }
      return {
        speaker: {
          name: phrase.name,
          mention,
          kind: 'ANONYMOUS',
          role: phrase.role,
          method: 'role',
          confidence: 0.9,
          ...(phrase.affiliation ? { affiliation: phrase.affiliation } : {}),
        },
      };
    }
    case 'anaphor': {
      const government = governmentPhrase(mention);
      if (government) {
        return {
          speaker: { name: government, mention, kind: 'GOVERNMENT', method: 'alias', confidence: 0.9 },
        };
      }
      // "The Russian defence ministry" names the ministry; "the ministry" points back to one.
      const words = mention.replace(/^(?:the|this)\s+/i, '').split(/\s+/);
      const qualified = words.slice(0, -1).some((word) => /^\p{Lu}/u.test(word));
      const local = words.some((word) => LOCAL_LEVELS.has(word));
      if (words.length >= 2 && qualified && (NAMED_BY_QUALIFIER.has(phrase.head) || local)) {
        return {
          speaker: { name: words.join(' '), mention, kind: phrase.kind, method: 'exact', confidence: 0.85 },
        };
      }
      const resolved = resolveAnaphor(phrase.kind, phrase.head, mention, ctx);
      return resolved && asGovernment(resolved);
    }
    case 'name': {
      // "The Secretariat said": an institution's word alone is the body last named with it.
      const word = phrase.name.toLowerCase();
      if (!word.includes(' ') && INSTITUTION_WORDS.has(word)) {
        const named = nearestBody(
          ctx,
          (name, kind) => kind !== 'PERSON' && name.toLowerCase().split(/\s+/).slice(1).includes(word),
        );
        if (named) {
          return {
            speaker: { name: named.name, mention, kind: named.kind, method: 'pronoun', confidence: 0.8 },
          };
        }
      }
      return asGovernment(resolveName(phrase, mention, ctx));
    }
  }
}

/**
 * A state speaking through its capital, its name or "the Chinese government" is its
 * government: one speaker per state ("Government of China"), whatever the article calls it.
 */
function asGovernment(resolved: { speaker: ExtractedSpeaker; gender?: Gender }) {
  const { speaker } = resolved;
  if (speaker.kind === 'ANONYMOUS') return resolved;
  // "Phnom Penh warned": two capitalised words look like a person, but name a capital.
  const named = governmentNamed(speaker.name);
  if (speaker.kind === 'PERSON' && !named) return resolved;
  const government = named ?? governmentPhrase(speaker.name);
  return government
    ? { ...resolved, speaker: { ...speaker, name: government, kind: 'GOVERNMENT' as const } }
    : resolved;
}

function resolveName(
  phrase: Extract<SpeakerPhrase, { type: 'name' }>,
  mention: string,
  ctx: SpeakerContext,
): { speaker: ExtractedSpeaker; gender?: Gender } {
  const key = foldName(phrase.name);
  const honorificGender = phrase.honorific ? HONORIFICS.get(phrase.honorific.toLowerCase()) : undefined;
  const extras = {
    ...(phrase.title ? { title: phrase.title } : {}),
    ...(phrase.affiliation ? { affiliation: phrase.affiliation } : {}),
  };
  const personLike =
    phrase.honorific !== undefined || phrase.title !== undefined || phrase.name.includes(' ');
  const known = ctx.registry.entities.get(key);
  if (known && known.kind !== 'PERSON' && !phrase.honorific) {
    return {
      speaker: { name: known.name, mention, kind: known.kind, method: 'exact', confidence: 0.95, ...extras },
    };
  }
  const match = matchName(phrase.name, ctx.registry.people);
  if (match) {
    const entity = ctx.registry.entities.get(match.id);
    const method = match.method === 'exact' && (phrase.title || phrase.affiliation) ? 'title' : match.method;
    const gender = honorificGender ?? entity?.gender;
    return {
      speaker: {
        name: entity?.name ?? match.name,
        mention,
        kind: 'PERSON',
        method,
        confidence: match.confidence,
        ...extras,
      },
      ...(gender ? { gender } : {}),
    };
  }
  const kind: ActorKind = phrase.company
    ? 'COMPANY'
    : (kindOfKnownName(key) ??
      (isOutletName(key) ? 'MEDIA' : (institutionKind(key) ?? (personLike ? 'PERSON' : 'ORGANIZATION'))));
  return {
    speaker: {
      name: phrase.name,
      mention,
      kind,
      method: 'new',
      confidence: kind === 'ORGANIZATION' ? 0.6 : 0.8,
      ...extras,
    },
    ...(honorificGender ? { gender: honorificGender } : {}),
  };
}

/**
 * "the spokesman", "The official": the last speaker before it whose role or title has that
 * word, a title given to them anywhere earlier counting ("ministry spokesman Saeed Karimzadeh"
 * four paragraphs up, "Karimzadeh said" since).
 */
function roleAnaphor(
  mention: string,
  ctx: SpeakerContext,
): { speaker: ExtractedSpeaker; gender?: Gender } | undefined {
  const head = /^the\s+(\p{L}+)$/iu.exec(mention.trim())?.[1]?.toLowerCase();
  if (!head) return undefined;
  const wanted = roleWord(head);
  const described = new Map<string, string[]>();
  for (const h of ctx.history) {
    const known = described.get(h.speaker.name) ?? [
      ...(ctx.registry.entities.get(foldName(h.speaker.name))?.titles ?? []),
    ];
    const { title, role, kind, name } = h.speaker;
    for (const text of [title, role, kind === 'ANONYMOUS' ? name : undefined]) if (text) known.push(text);
    described.set(h.speaker.name, known);
  }
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i] as SpokenBy;
    if (ctx.paragraph - h.paragraph > PRONOUN_REACH) break;
    if ((described.get(h.speaker.name) ?? []).some((text) => titleWords(text).includes(wanted))) {
      return {
        speaker: { ...h.speaker, mention, method: 'pronoun', confidence: 0.8 },
        ...(h.gender ? { gender: h.gender } : {}),
      };
    }
  }
  return undefined;
}

/**
 * "Canada's foreign minister insisted …" and, paragraphs later, "Foreign Minister Claire
 * Beaulieu": a definite role is the one person the article writes with that title.
 */
function titledPerson(
  phrase: Extract<SpeakerPhrase, { type: 'role' }>,
  ctx: SpeakerContext,
): { name: string; gender?: Gender } | undefined {
  const opening = (ctx.tokens[phrase.first] as Token).lower;
  if (phrase.plural || (DETERMINERS.has(opening) && opening !== 'the')) return undefined;
  const wanted = titleWords(phrase.role).filter((word) => !isStateWord(word) && !RANK_WORDS.has(word));
  if (wanted.length === 0) return undefined;
  const titled = [...ctx.registry.entities.values()].filter(
    (e) =>
      e.kind === 'PERSON' &&
      e.name.includes(' ') &&
      (e.titles ?? []).some((title) => wanted.every((word) => titleWords(title).includes(word))),
  );
  const person = titled.length === 1 ? titled[0] : undefined;
  return person && { name: person.name, ...(person.gender ? { gender: person.gender } : {}) };
}

/** A title's words, lower case, possessives off, one word per role ("spokeswoman" -> "spokesperson"). */
function titleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .map((word) => roleWord(word.replace(/['’]s$/, '')))
    .filter((word) => word !== '' && !DETERMINERS.has(word));
}

function roleWord(word: string): string {
  return ROLE_FAMILIES.get(word) ?? word;
}

/** The article's person whose full name ends a phrase ("State Thomas Whitaker"), if any. */
function personEnding(
  phrase: string,
  ctx: SpeakerContext,
): { name: string; words: string; gender?: Gender } | undefined {
  const words = phrase.split(/\s+/);
  if (words.length < 3) return undefined;
  const tail = words.slice(-2).join(' ');
  const match = matchName(tail, ctx.registry.people);
  if (!match || match.method !== 'exact') return undefined;
  const entity = ctx.registry.entities.get(match.id);
  return {
    name: entity?.name ?? match.name,
    words: tail,
    ...(entity?.gender ? { gender: entity.gender } : {}),
  };
}

/** A name with an institution's word in it is that kind of body, not a person: "Ministry of …". */
function institutionKind(key: string): ActorKind | undefined {
  const words = key.split(' ');
  if (words.length < 2 || !words.some((word) => INSTITUTION_WORDS.has(word))) return undefined;
  if (
    words.some((word) =>
      [
        'ministry',
        'department',
        'embassy',
        'government',
        'office',
        'secretariat',
        'command',
        'forces',
      ].includes(word),
    )
  ) {
    return 'GOVERNMENT';
  }
  if (
    words.some((word) =>
      ['agency', 'service', 'police', 'guard', 'authority', 'administration'].includes(word),
    )
  )
    return 'AGENCY';
  return 'ORGANIZATION';
}

// "The company" points back to an organisation: the body whose statement it follows in the
// same paragraph ("Global Affairs Canada said … The department added"); else the nearest body
// named with its words before it, however far ("the foreign ministry" -> the Russian foreign
// ministry, not the Norwegian Ministry of Justice); else the nearest of its kind. Anaphora is
// recorded with the pronoun method, as a pronoun is what it works like.
function resolveAnaphor(
  kind: ActorKind,
  head: string,
  mention: string,
  ctx: SpeakerContext,
): { speaker: ExtractedSpeaker } | undefined {
  const as = (name: string, named: ActorKind, confidence: number) => ({
    speaker: { name, mention, kind: named, method: 'pronoun' as const, confidence },
  });
  const modifiers = mention
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => !['the', 'this', head].includes(word));
  const namedWith = (name: string): boolean => {
    const words = name.toLowerCase().split(/[\s,]+/);
    return words.includes(head) && modifiers.every((word) => words.includes(word));
  };
  const last = ctx.history[ctx.history.length - 1];
  if (
    last &&
    last.paragraph === ctx.paragraph &&
    isBody(last.speaker.kind) &&
    !last.speaker.name.startsWith('Government of') &&
    (namedWith(last.speaker.name) ||
      last.speaker.kind === kind ||
      last.speaker.kind === 'ORGANIZATION' ||
      institutionKind(last.speaker.name.toLowerCase()) === kind)
  ) {
    return as(last.speaker.name, last.speaker.kind, 0.8);
  }
  const named = nearestBody(ctx, (name, k) => isBody(k) && namedWith(name));
  if (named) return as(named.name, named.kind, 0.8);
  // "Rostransnadzor, Russia's transport safety regulator, halted … The agency said": the body
  // an appositive called by this word, or by one of its kind.
  for (let i = ctx.registry.occurrences.length - 1; i >= 0; i--) {
    const { entity, token } = ctx.registry.occurrences[i] as Registry['occurrences'][number];
    const described = entity.described;
    if (token >= ctx.token || described === undefined) continue;
    if (described === head || ORG_ANAPHORS.get(described) === kind) return as(entity.name, entity.kind, 0.75);
  }
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i] as SpokenBy;
    if (ctx.paragraph - h.paragraph > PRONOUN_REACH) break;
    if (isBody(h.speaker.kind) && institutionKind(h.speaker.name.toLowerCase()) === kind) {
      return as(h.speaker.name, h.speaker.kind, 0.8);
    }
  }
  for (let i = ctx.registry.occurrences.length - 1; i >= 0; i--) {
    const o = ctx.registry.occurrences[i];
    if (!o || o.token >= ctx.token) continue;
    if (o.entity.kind === kind || (o.entity.kind !== 'PERSON' && institutionKind(o.entity.key) === kind)) {
      return as(o.entity.name, kind, 0.75);
    }
  }
  return {
    speaker: {
      name: mention.replace(/^(?:the|this)\s+/i, ''),
      mention,
      kind,
      method: 'new',
      confidence: 0.4,
    },
  };
}

/**
 * "a department spokesperson said in a statement": the body a lower-case affiliation points
 * back to, named with its word before the attribution ("the US Commerce Department").
 */
export function bodyNamedWith(affiliation: string, ctx: SpeakerContext): string | undefined {
  const words = affiliation.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] as string;
  if (/\p{Lu}/u.test(affiliation) || !ORG_ANAPHORS.has(head)) return undefined;
  return nearestBody(ctx, (name, kind) => {
    const named = name.toLowerCase().split(/[\s,]+/);
    return kind !== 'PERSON' && kind !== 'ANONYMOUS' && words.every((word) => named.includes(word));
  })?.name;
}

const isBody = (kind: ActorKind): boolean => kind !== 'PERSON' && kind !== 'ANONYMOUS' && kind !== 'MEDIA';

const OWNER = /^(?:the\s+)?(.+?)(?:'s|’s|'|’)\s/u;

/**
 * Whose statement or blog post a person's is, from the words that name them: the body their
 * title names as its owner ("Abyssal Minerals' chief executive") or points back to ("its
 * director general", "the company's vice-president"). A state owning the title ("Britain's
 * envoy") is left alone: which of its bodies speaks is not said.
 */
export function bodyOfTitle(
  mention: string,
  title: string | undefined,
  ctx: SpeakerContext,
): string | undefined {
  if (/^(?:its|their)\s/i.test(mention)) {
    return nearestBody(ctx, (name, kind) => isBody(kind) && !name.startsWith('Government of'))?.name;
  }
  const owner = title === undefined ? undefined : OWNER.exec(title)?.[1];
  if (owner === undefined || isStateWord(owner.toLowerCase())) return undefined;
  if (/^\p{Lu}/u.test(owner)) return owner;
  const kind = ORG_ANAPHORS.get(owner.toLowerCase());
  if (kind === undefined) return undefined;
  const resolved = resolveAnaphor(kind, owner.toLowerCase(), `the ${owner}`, ctx);
  return resolved && resolved.speaker.method !== 'new' ? resolved.speaker.name : undefined;
}

/** The nearest body before the attribution, spoken or only mentioned, that passes the test. */
function nearestBody(
  ctx: SpeakerContext,
  test: (name: string, kind: ActorKind) => boolean,
): { name: string; kind: ActorKind } | undefined {
  let best: { name: string; kind: ActorKind; token: number } | undefined;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i] as SpokenBy;
    if (h.token < ctx.token && test(h.speaker.name, h.speaker.kind)) {
      best = { name: h.speaker.name, kind: h.speaker.kind, token: h.token };
      break;
    }
  }
  for (let i = ctx.registry.occurrences.length - 1; i >= 0; i--) {
    const o = ctx.registry.occurrences[i] as Registry['occurrences'][number];
    if (o.token >= ctx.token || (best && o.token <= best.token)) continue;
    if (test(o.entity.name, o.entity.kind)) {
      best = { name: o.entity.name, kind: o.entity.kind, token: o.token };
      break;
    }
  }
  return best;
}

function resolvePronoun(
  word: string,
  mention: string,
  ctx: SpeakerContext,
): { speaker: ExtractedSpeaker; gender?: Gender } | undefined {
  const pronoun = PRONOUNS.get(word);
  if (!pronoun) return undefined;
  const compatible = (kind: ActorKind, gender: Gender | undefined, plural: boolean): boolean => {
    if (pronoun.person) return kind === 'PERSON' && (!gender || gender === pronoun.gender);
    if (pronoun.plural) return plural || (kind !== 'PERSON' && kind !== 'ANONYMOUS');
    return kind !== 'PERSON' && kind !== 'ANONYMOUS';
  };
  // "The China Coast Guard gave a different account. In a post on WeChat, it said …": a body
  // that is the subject of the sentence before, named since the last speaker that would fit.
  if (!pronoun.person) {
    const subject = previousSubject(ctx);
    const lastFitting = [...ctx.history]
      .reverse()
      .find((h) => compatible(h.speaker.kind, h.gender, false) || h.speaker.kind === 'ANONYMOUS');
    if (
      subject &&
      subject.entity.kind !== 'MEDIA' &&
      compatible(subject.entity.kind, undefined, false) &&
      (!lastFitting || lastFitting.token < subject.token)
    ) {
      return {
        speaker: {
          name: subject.entity.name,
          mention,
          kind: subject.entity.kind,
          method: 'pronoun',
          confidence: 0.7,
        },
      };
    }
  }
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i] as SpokenBy;
    if (ctx.paragraph - h.paragraph > PRONOUN_REACH) break;
    const plural = h.speaker.kind === 'ANONYMOUS' && /s$|people$/.test(h.speaker.role ?? '');
    if (compatible(h.speaker.kind, h.gender, plural)) {
      const { role, affiliation, title } = h.speaker;
      return {
        speaker: {
          name: h.speaker.name,
          mention,
          kind: h.speaker.kind,
          method: 'pronoun',
          confidence: 0.8,
          ...(role ? { role } : {}),
          ...(affiliation ? { affiliation } : {}),
          ...(title ? { title } : {}),
        },
        ...(h.gender ? { gender: h.gender } : {}),
      };
    }
  }
  // No earlier speaker fits: the nearest compatible name mentioned before.
  for (let i = ctx.registry.occurrences.length - 1; i >= 0; i--) {
    const o = ctx.registry.occurrences[i];
    if (!o || o.token >= ctx.token) continue;
    if ((ctx.tokens[ctx.token] as Token).paragraph - (ctx.tokens[o.token] as Token).paragraph > PRONOUN_REACH)
      break;
    if (compatible(o.entity.kind, o.entity.gender, false)) {
      return {
        speaker: { name: o.entity.name, mention, kind: o.entity.kind, method: 'pronoun', confidence: 0.6 },
        ...(o.entity.gender ? { gender: o.entity.gender } : {}),
      };
    }
  }
  return undefined;
}

/** The name that opens the sentence before the attribution's, in its paragraph: its subject. */
function previousSubject(ctx: SpeakerContext): Registry['occurrences'][number] | undefined {
  const here = ctx.tokens[ctx.token] as Token;
  let start = ctx.token;
  while (start > 0 && (ctx.tokens[start - 1] as Token).sentence === here.sentence) start--;
  const before = ctx.tokens[start - 1];
  if (!before || before.paragraph !== here.paragraph) return undefined;
  let first = start - 1;
  while (first > 0 && (ctx.tokens[first - 1] as Token).sentence === before.sentence) first--;
  while (DETERMINERS.has((ctx.tokens[first] as Token).lower)) first++;
  // "Russia's foreign ministry went further": the institution, not the state it belongs to.
  const found = ctx.registry.occurrences.findLast((o) => o.token === first);
  // A lone capitalised word opening a sentence ("Resupply missions …") is too often no name.
  const named = found && (found.entity.name.includes(' ') || found.entity.kind !== 'ORGANIZATION');
  return named ? found : undefined;
}

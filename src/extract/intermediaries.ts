// The channel the words came through: "according to CNN", "told Bloomberg", "in an interview
// with", "said on Twitter", "tweeted", "told the BBC's Today programme", "in a statement".

import type { SourceKind } from '../domain/model';
import { INSTITUTION_WORDS, POSSESSIVE_MARKS, POSSESSIVE_PRONOUNS, PRINT_NOUNS } from './lexicon';
import { describedOutletAt, type Outlet, type OutletType, outletAt } from './outlets';
import { span } from './speaker-phrase';
import { isStateWord } from './states';
import type { TokenRange } from './subject';
import type { Token } from './tokens';
import type { ExtractedIntermediary } from './types';

export interface FoundIntermediary extends ExtractedIntermediary {
  first: number;
  last: number;
  /**
   * The speaker spoke to the outlet: told a paper or broadcaster, gave it an interview, spoke
   * on air or to a programme. Not "according to", a statement, a post, a wire agency told.
   */
  spokenTo?: boolean;
  /** "in the same post", "told the paper": the channel of this kind named for the speaker before */
  earlier?: boolean;
}

// Words given to a wire agency reach the article as a wire report; words given to a paper or
// a broadcaster, as an interview.
const GIVEN_TO: Record<OutletType, SourceKind> = {
  wire: 'WIRE_REPORT',
  broadcast: 'INTERVIEW',
  print: 'INTERVIEW',
  platform: 'SOCIAL_POST',
};

// "According to X": a wire's report, a broadcaster's interview, a paper's article.
const ACCORDING_TO: Record<OutletType, SourceKind> = {
  wire: 'WIRE_REPORT',
  broadcast: 'INTERVIEW',
  print: 'ARTICLE',
  platform: 'SOCIAL_POST',
};

const PROGRAMME = /^(?:programme|program|show|podcast|broadcast|bulletin)$/;
const TELL_FORMS = new Set(['told', 'tells', 'tell', 'telling']);
const TO_VERBS = new Set(['said', 'says', 'speaking', 'talking', 'spoke', 'comments', 'remarks']);
const STATEMENT_NOUNS = new Set(['statement', 'release', 'communique', 'communiqué']);
const WRITING_NOUNS = new Set(['op-ed', 'article', 'column', 'essay', 'letter', 'editorial']);

/**
 * The channel named in an attribution's regions. `ownOutlet`, the publishing outlet, is
 * recognised by its name or, after "the", its last word ("told the Ledger"), so the caller can
 * tell words said to the article itself from words said to no one in particular.
 */
export function findIntermediary(
  tokens: readonly Token[],
  ranges: readonly TokenRange[],
  cueToken: number,
  ownOutlet?: string,
): FoundIntermediary | undefined {
  const own = ownOutlet === undefined ? undefined : ownOutletWords(ownOutlet);
  let statement: FoundIntermediary | undefined;
  for (const range of ranges) {
    for (let i = range.first; i <= range.last; i++) {
      const found = intermediaryAt(tokens, i, range.last, cueToken, own);
      if (!found) continue;
      if (found.kind === 'PRESS_STATEMENT') statement ??= found;
      else return found;
    }
  }
  if (statement) return statement;
  const cue = tokens[cueToken];
  if (cue && /^tweet(?:ed|s|ing)?$/.test(cue.lower)) {
    return { outlet: 'Twitter', kind: 'SOCIAL_POST', phrase: cue.text, first: cueToken, last: cueToken };
  }
  return undefined;
}

function make(
  tokens: readonly Token[],
  first: number,
  last: number,
  outlet: Outlet,
  kind: SourceKind,
  spokenTo = false,
): FoundIntermediary {
  return {
    outlet: outlet.name,
    kind,
    phrase: span(tokens, first, last),
    first,
    last,
    ...(spokenTo ? { spokenTo } : {}),
  };
}

interface OwnOutlet {
  name: string;
  /** its words, lower case, without a leading "the" */
  words: string[];
}

function ownOutletWords(name: string): OwnOutlet | undefined {
  const bare = name.trim().replace(/^the\s+/i, '');
  const words = bare.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length === 0 ? undefined : { name: bare, words };
}

/** "the Riverside Tribune", "Riverside Tribune", "the Tribune": the publishing outlet. */
function ownOutletAt(
  tokens: readonly Token[],
  i: number,
  own: OwnOutlet,
): { outlet: Outlet; next: number } | undefined {
  const the = tokens[i]?.lower === 'the';
  const at = the ? i + 1 : i;
  const capitalised = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  const full = own.words.every((word, k) => tokens[at + k]?.lower === word && capitalised(at + k));
  const outlet: Outlet = { name: own.name, type: 'print' };
  if (full) return { outlet, next: at + own.words.length };
  const last = own.words[own.words.length - 1] as string;
  if (the && own.words.length > 1 && tokens[at]?.lower === last && capitalised(at)) {
    return { outlet, next: at + 1 };
  }
  return undefined;
}

function outletOrDescribed(
  tokens: readonly Token[],
  i: number,
  own?: OwnOutlet,
): { outlet: Outlet; next: number } | undefined {
  return (own && ownOutletAt(tokens, i, own)) ?? outletAt(tokens, i) ?? describedOutletAt(tokens, i);
}

function intermediaryAt(
  tokens: readonly Token[],
  i: number,
  limit: number,
  cueToken: number,
  own: OwnOutlet | undefined,
): FoundIntermediary | undefined {
  const t = tokens[i] as Token;
  const next = (k: number): string => (k <= limit ? (tokens[k]?.lower ?? '') : '');
  if (t.lower === 'according' && next(i + 1) === 'to') {
    const o = outletOrDescribed(tokens, i + 2);
    if (o && o.next - 1 <= limit) return make(tokens, i, o.next - 1, o.outlet, ACCORDING_TO[o.outlet.type]);
    return undefined;
  }
  const tells = TELL_FORMS.has(t.lower) || (TO_VERBS.has(t.lower) && next(i + 1) === 'to');
  // "told the programme", "told the station's weekend breakfast programme": a broadcaster
  // named before in the article (the caller finds which).
  const referenceAt = i + 1 + (tells && !TELL_FORMS.has(t.lower) ? 1 : 0);
  if (
    (tells || t.lower === 'on') &&
    next(referenceAt) === 'the' &&
    !outletOrDescribed(tokens, referenceAt, own)
  ) {
    const at = referenceAt + 1;
    const word = next(at);
    if (PROGRAMME.test(word) || word === 'station' || word === 'broadcaster') {
      let last = at;
      if (POSSESSIVE_MARKS.has(next(at + 1))) {
        for (let k = at + 2; k <= limit && k <= at + 6; k++) if (PROGRAMME.test(next(k))) last = k;
      }
      return {
        outlet: '',
        kind: 'BROADCAST',
        phrase: span(tokens, i, last),
        first: i,
        last,
        spokenTo: true,
      };
    }
    // "“…,” he told the paper": the paper the speaker gave the interview to, named before.
    if (tells && PRINT_NOUNS.has(word) && at <= limit) {
      return {
        outlet: '',
        kind: 'INTERVIEW',
        phrase: span(tokens, i, at),
        first: i,
        last: at,
        spokenTo: true,
        earlier: true,
      };
    }
  }
  if (tells) {
    const at = TELL_FORMS.has(t.lower) ? i + 1 : i + 2;
    const o = outletOrDescribed(tokens, at, own);
    if (!o) {
      const on = programmeOfUnknownBroadcaster(tokens, at, limit);
      return on && make(tokens, i, on.last, on.outlet, 'BROADCAST', true);
    }
    if (o.outlet.type === 'platform' || o.next - 1 > limit) return undefined;
    const programme =
      programmeEnd(tokens, o.next, limit) ??
      (o.outlet.type === 'broadcast' ? programmeTitleEnd(tokens, o.next, limit) : undefined);
    if (programme !== undefined) return make(tokens, i, programme, o.outlet, 'BROADCAST', true);
    const kind = GIVEN_TO[o.outlet.type];
    return make(tokens, i, o.next - 1, o.outlet, kind, kind === 'INTERVIEW');
  }
  if (t.lower === 'interview' && ['with', 'on', 'to'].includes(next(i + 1))) {
    const o = outletOrDescribed(tokens, i + 2, own);
    if (!o || o.next - 1 > limit) return undefined;
    const first = next(i - 2) === 'in' ? i - 2 : next(i - 1) === 'in' ? i - 1 : i;
    return make(tokens, first, o.next - 1, o.outlet, 'INTERVIEW', true);
  }
  if (
    t.lower === 'on' ||
    (t.lower === 'in' && next(i + 1) === 'a' && next(i + 2) === 'post' && next(i + 3) === 'on')
  ) {
    const at = t.lower === 'on' ? i + 1 : i + 4;
    // "said on its Telegram channel", "wrote on his Facebook page": the speaker's own account.
    const own = POSSESSIVE_PRONOUNS.has(next(at)) ? outletAt(tokens, at + 1) : undefined;
    if (own?.outlet.type === 'platform' && own.next - 1 <= limit) {
      const last = ACCOUNT_NOUNS.has(next(own.next)) && own.next <= limit ? own.next : own.next - 1;
      return make(tokens, i, last, own.outlet, 'SOCIAL_POST');
    }
    // "said on state broadcaster ORTM": a described broadcaster too.
    const described = describedOutletAt(tokens, at);
    const o = outletAt(tokens, at) ?? (described?.outlet.type === 'broadcast' ? described : undefined);
    if (!o || o.next - 1 > limit) return undefined;
    const before = tokens[i - 1];
    // "wrote on X", "weighed in on X": right after the cue (or its particle).
    const afterCue =
      i - 1 === cueToken || (i - 2 === cueToken && ['in', 'out', 'back'].includes(before?.lower ?? ''));
    const first = t.lower === 'on' && before && (afterCue || before.lower === 'post') ? i - 1 : i;
    if (o.outlet.type === 'platform') {
      if (o.outlet.name === 'X' && first === i && t.lower === 'on') return undefined;
      return make(tokens, first, o.next - 1, o.outlet, 'SOCIAL_POST');
    }
    if (o.outlet.type === 'broadcast') {
      const programme = programmeEnd(tokens, o.next, limit);
      return make(tokens, first, programme ?? o.next - 1, o.outlet, 'BROADCAST', true);
    }
    return undefined;
  }
  // "he wrote in the same post", "she said in the statement": the one named for them before.
  if (t.lower === 'in' && next(i + 1) === 'the') {
    const k = next(i + 2) === 'same' ? i + 3 : i + 2;
    const kind =
      next(k) === 'post' ? 'SOCIAL_POST' : STATEMENT_NOUNS.has(next(k)) ? 'PRESS_STATEMENT' : undefined;
    if (kind && k <= limit)
      return { outlet: '', kind, phrase: span(tokens, i, k), first: i, last: k, earlier: true };
  }
  if (t.lower === 'in' && (next(i + 1) === 'a' || next(i + 1) === 'an')) {
    let k = i + 2;
    while (
      k <= limit &&
      k < i + 5 &&
      !STATEMENT_NOUNS.has(next(k)) &&
      !WRITING_NOUNS.has(next(k)) &&
      next(k) !== 'blog'
    )
      k++;
    const noun = next(k);
    // "in a blog post": a post on the speaker's (or their organisation's) own site.
    if (noun === 'blog' && next(k + 1) === 'post') {
      return { outlet: '', kind: 'SOCIAL_POST', phrase: span(tokens, i, k + 1), first: i, last: k + 1 };
    }
    if (STATEMENT_NOUNS.has(noun)) {
      const o = next(k + 1) === 'to' ? outletAt(tokens, k + 2) : undefined;
      if (o && o.next - 1 <= limit) return make(tokens, i, o.next - 1, o.outlet, 'PRESS_STATEMENT');
      return { outlet: '', kind: 'PRESS_STATEMENT', phrase: span(tokens, i, k), first: i, last: k };
    }
    if (WRITING_NOUNS.has(noun) && ['for', 'in', 'to'].includes(next(k + 1))) {
      const o = outletOrDescribed(tokens, k + 2);
      if (o && o.next - 1 <= limit) return make(tokens, i, o.next - 1, o.outlet, 'ARTICLE');
    }
    return undefined;
  }
  if (t.lower === 'wrote' && next(i + 1) === 'in') {
    const o = outletOrDescribed(tokens, i + 2);
    if (o && o.outlet.type === 'print' && o.next - 1 <= limit)
      return make(tokens, i, o.next - 1, o.outlet, 'ARTICLE');
  }
  return undefined;
}

// "the BBC's Today programme": the index of the programme word.
function programmeEnd(tokens: readonly Token[], at: number, limit: number): number | undefined {
  if (!POSSESSIVE_MARKS.has(tokens[at]?.lower ?? '')) return undefined;
  for (let k = at + 1; k <= limit && k <= at + 5; k++) if (PROGRAMME.test(tokens[k]?.lower ?? '')) return k;
  return undefined;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;

/**
 * "told RNZ's Morning Report", "told Newstalk's breakfast programme": the gazetteer does not
 * know the name, but having a programme makes it a broadcaster. An acronym's programme may be
 * a bare title; any other name needs the word "programme" (or "show"...), so "told Kenya's
 * Daily Nation" or "told Smith's Defence Committee" name no broadcaster.
 */
function programmeOfUnknownBroadcaster(
  tokens: readonly Token[],
  at: number,
  limit: number,
): { outlet: Outlet; last: number } | undefined {
  const capitalised = (k: number) => k <= limit && /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  let end = at;
  while (end < at + 3 && capitalised(end)) end++;
  if (end === at || !POSSESSIVE_MARKS.has(tokens[end]?.lower ?? '')) return undefined;
  const words = tokens.slice(at, end).map((t) => t.text);
  if (words.some((word) => isStateWord(word.toLowerCase()))) return undefined;
  const outlet: Outlet = { name: words.join(' '), type: 'broadcast' };
  const programme = programmeEnd(tokens, end, limit);
  if (programme !== undefined) return { outlet, last: programme };
  if (words.length !== 1 || !ACRONYM.test(words[0] as string)) return undefined;
  const last = programmeTitleEnd(tokens, end, limit);
  return last === undefined ? undefined : { outlet, last };
}

/** "RNZ's Morning Report", "CNN's State of the Union": a broadcaster's programme by its bare title. */
function programmeTitleEnd(tokens: readonly Token[], possessive: number, limit: number): number | undefined {
  const capitalised = (k: number) => k <= limit && /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  if (!POSSESSIVE_MARKS.has(tokens[possessive]?.lower ?? '') || !capitalised(possessive + 1))
    return undefined;
  let last = possessive + 1;
  // "State of the Union": small words inside the title, never ending it.
  for (let k = last + 1; k <= possessive + 6; k++) {
    if (capitalised(k)) last = k;
    else if (!OF_THE.has(tokens[k]?.lower ?? '')) break;
  }
  if (tokens.slice(possessive + 1, last + 1).some((t) => INSTITUTION_WORDS.has(t.lower))) return undefined;
  return last;
}

const OF_THE: ReadonlySet<string> = new Set(['of', 'the']);
const ACCOUNT_NOUNS: ReadonlySet<string> = new Set(['channel', 'page', 'account', 'feed', 'profile']);

// Where words said in person reach the article: "told reporters", "speaking to journalists",
// "at a news conference", "told a regular press briefing", "in a debate in parliament". No
// channel, but a setting other than an interview the speaker gave before.
const AUDIENCES = new Set([
  'reporters',
  'journalists',
  'correspondents',
  'press',
  'lawmakers',
  'legislators',
  'parliament',
  'mps',
  'senators',
  'delegates',
  'supporters',
  'crowd',
  'audience',
]);
const OCCASIONS = /^(?:conference|briefing|rally|summit|hearing|debate|speech|address|meeting)$/;
const SPOKEN_OCCASIONS = /^(?:debate|speech|address)$/;
const DETERMINERS = new Set(['a', 'an', 'the']);

export function namesVenue(tokens: readonly Token[], ranges: readonly TokenRange[]): boolean {
  for (const range of ranges) {
    for (let i = range.first; i <= range.last; i++) if (venueAt(tokens, i, range.last)) return true;
  }
  return false;
}

function venueAt(tokens: readonly Token[], i: number, limit: number): boolean {
  const word = (k: number): string => (k <= limit ? (tokens[k]?.lower ?? '') : '');
  const t = word(i);
  // "a (regular) press briefing", "the news conference": an occasion within three words.
  const occasion = (at: number, nouns: RegExp): boolean => {
    if (!DETERMINERS.has(word(at))) return false;
    for (let k = at + 1; k <= at + 3; k++) {
      if (nouns.test(word(k))) return true;
      if (!/^\p{L}[\p{L}-]*$/u.test(word(k))) return false;
    }
    return false;
  };
  const audience = (at: number): boolean =>
    AUDIENCES.has(word(at)) || (DETERMINERS.has(word(at)) && AUDIENCES.has(word(at + 1)));
  if (TELL_FORMS.has(t) || t === 'addressing') return audience(i + 1) || occasion(i + 1, OCCASIONS);
  if (TO_VERBS.has(t) && word(i + 1) === 'to') return audience(i + 2);
  if (t === 'at') return occasion(i + 1, OCCASIONS);
  if (t === 'in') return word(i + 1) === 'parliament' || occasion(i + 1, SPOKEN_OCCASIONS);
  return false;
}

// Reported speech: a cue verb and the proposition it reports, outside quotation marks.
//   X said (that) P / X told Y that P / X denied that P / X urged Y to V / X, adding that P
//   P, X said. / According to X, P. / P, according to X.
// The proposition keeps any quoted words inside it (mixed quotes: 5G “and even 6G”).

import type { Cue } from '../domain/model';
import { type Attribution, cover, isTerminator, type SpeakerRef, withoutRange } from './attribution';
import { blames, type CueWord, cueOf, takesAudience, urges } from './cues';
import { audienceBetween } from './direct';
import {
  DETERMINERS,
  FRAMING_CONJUNCTIONS,
  PRONOUNS,
  SPEECH_NOUNS,
  SUMMARY_NOUNS,
  TIME_UNITS,
} from './lexicon';
import { isOutletName } from './outlets';
import { phraseForSubject } from './speaker-phrase';
import { subjectAfter, subjectBefore, type TokenRange } from './subject';
import type { Sentence, Token } from './tokens';

/** How far after the cue its "that" may come ("told politicians in the country on Monday that"). */
const THAT_REACH = 14;

export function findReported(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  usedCues: ReadonlySet<number>,
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    let previousInSentence = false;
    // Inside a proposition just reported, a cue with a subject of its own ("said Bangkok had
    // asked Beijing to …") is part of what was said, not a statement of its own.
    let insideUntil = -1;
    // "Kazakhstan has asked China to …, the ministry said on Tuesday": the trailing attribution
    // reports the whole clause before it, cues inside that clause included.
    const trailing = trailingAttribution(tokens, s, usedCues);
    for (let k = s.first; k <= s.last; k++) {
      const t = tokens[k] as Token;
      if (usedCues.has(k)) {
        previousInSentence = true;
        continue;
      }
      if (t.quote >= 0 || t.mark) continue;
      if (trailing && k < trailing.comma) continue;
      const found =
        trailing?.cue === k
          ? endAttribution(tokens, s, trailing.cueEnd, trailing.word)
          : t.lower === 'according' && tokens[k + 1]?.lower === 'to'
            ? accordingTo(tokens, s, k)
            : reportedAt(tokens, s, k, previousInSentence);
      if (found && (k > insideUntil || found.speaker.type === 'previous')) {
        endBeforeCoordinatedCue(tokens, out[out.length - 1], found);
        out.push(...splitAtAndThat(tokens, found));
        previousInSentence = true;
        k = Math.max(k, found.cueToken);
        insideUntil = Math.max(insideUntil, lastTokenOf(tokens, found, k));
      }
    }
  }
  return out;
}

/**
 * "P, X said [on Tuesday][, …]." / "P, said X.": a reporting cue whose subject follows a comma
 * that closes a clause with a verb, and whose own words up to the next comma report nothing.
 */
function trailingAttribution(
  tokens: readonly Token[],
  s: Sentence,
  usedCues: ReadonlySet<number>,
): { cue: number; cueEnd: number; comma: number; word: CueWord } | undefined {
  const opening = afterDateline(tokens, s);
  for (let k = opening + 2; k <= s.last; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0 || t.mark || usedCues.has(k)) continue;
    const word = cueOf(t.lower, t.pos, tokens[k + 1]?.lower);
    if (!word?.reports || word.participle) continue;
    const cueEnd = word.phrasal ? k + 1 : k;
    const inverted = invertsAt(tokens, k, word) ? subjectAfter(tokens, cueEnd, s.last) : undefined;
    const subject = inverted ? undefined : subjectBefore(tokens, k, opening);
    const comma = inverted ? k - 1 : subject ? subject.first - 1 : -1;
    if (comma <= opening || tokens[comma]?.lower !== ',') continue;
    const clause = tokens.slice(opening, comma);
    if (!clause.some((w) => (w.pos === 'VERB' || w.pos === 'AUX') && w.quote < 0)) continue;
    if (clause.some((w) => w.mark?.side === 'open' && w.index === opening)) continue;
    let reportsMore = false;
    for (let j = cueEnd + 1; j <= s.last; j++) {
      const w = tokens[j] as Token;
      if (w.lower === ',' || isTerminator(w)) break;
      if (w.pos === 'VERB' || w.pos === 'AUX' || w.mark || w.lower === 'that' || w.lower === ':') {
        reportsMore = true;
        break;
      }
    }
    if (!reportsMore) return { cue: k, cueEnd, comma, word };
  }
  return undefined;
}

/** The last token of a proposition that follows its cue (after token k), or -1. */
function lastTokenOf(tokens: readonly Token[], found: Attribution, k: number): number {
  const piece = found.pieces[0];
  if (!piece || (tokens[k] as Token).end > piece.start) return -1;
  let last = k;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= piece.end) last++;
  return last;
}

/**
 * "charged that the commission had no teeth and accused developers of …": the second cue is a
 * statement of its own, so the first proposition ends before its "and".
 */
function endBeforeCoordinatedCue(
  tokens: readonly Token[],
  previous: Attribution | undefined,
  found: Attribution,
): void {
  let j = found.cueToken - 1;
  while (j > 0 && ['AUX', 'ADV'].includes((tokens[j] as Token).pos)) j--;
  const joint = tokens[j];
  const piece = previous?.pieces[0];
  if (found.speaker.type !== 'previous' || !joint || !piece || previous?.pieces.length !== 1) return;
  if (!['and', 'but'].includes(joint.lower) || joint.start < piece.start || joint.end > piece.end) return;
  let last = joint.index - 1;
  while (last > 0 && [',', ';'].includes((tokens[last] as Token).lower)) last--;
  const end = (tokens[last] as Token).end;
  if (end > piece.start) piece.end = end;
}

/**
 * "told Reuters that the Baltic was no longer a peaceful lake and that Nato ships should be
 * stationed there": two propositions, one attribution. Each becomes a statement of its own,
 * with the same speaker, cue and channel.
 */
function splitAtAndThat(tokens: readonly Token[], found: Attribution): Attribution[] {
  const piece = found.pieces[0];
  if (found.pieces.length !== 1 || !piece) return [found];
  const inside = tokens.filter((t) => t.start >= piece.start && t.end <= piece.end);
  const at = inside.findIndex(
    (t, i) =>
      i > 2 && t.lower === 'and' && inside[i + 1]?.lower === 'that' && t.quote < 0 && i + 3 < inside.length,
  );
  if (at < 0) return [found];
  let lastOfFirst = at - 1;
  while (lastOfFirst > 0 && [',', ';'].includes((inside[lastOfFirst] as Token).lower)) lastOfFirst--;
  const first = { ...found, pieces: [{ start: piece.start, end: (inside[lastOfFirst] as Token).end }] };
  const second = { ...found, pieces: [{ start: (inside[at + 2] as Token).start, end: piece.end }] };
  return [first, ...splitAtAndThat(tokens, second)];
}

function reportedAt(
  tokens: readonly Token[],
  s: Sentence,
  k: number,
  previousInSentence: boolean,
): Attribution | undefined {
  const t = tokens[k] as Token;
  // "CNN reports that …", "The Bangkok Post reports that …": a form that is also a noun is the
  // verb between a name and "that".
  const named = tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.lower === 'that';
  // ", warning that …": an -ing form between a comma and "that" is the participle, whatever its tag.
  const participial =
    tokens[k - 1]?.lower === ',' && tokens[k + 1]?.lower === 'that' && t.lower.endsWith('ing');
  const cue =
    cueOf(t.lower, t.pos, tokens[k + 1]?.lower) ??
    (named || participial ? cueOf(t.lower, 'VERB') : undefined);
  if (!cue?.reports) return undefined;
  // A phrasal verb's particle is part of the cue: what it reports starts after it.
  const cueEnd = cue.phrasal ? k + 1 : k;
  const before = tokens[k - 1];
  // "…, and has blamed": the conjunction before the verb's auxiliaries.
  let b = k - 1;
  while (b > s.first && ['AUX', 'ADV'].includes((tokens[b] as Token).pos)) b--;
  const joint = tokens[b];
  let speaker: SpeakerRef | undefined;
  let subject: TokenRange | undefined;
  const continues =
    previousInSentence &&
    ((cue.participle && (before?.lower === ',' || before?.lower === 'before')) ||
      joint?.lower === 'and' ||
      joint?.lower === 'but');
  if (continues) speaker = { type: 'previous' };
  else if (cue.participle && before?.lower === ',') {
    // "The Commission defended the decision, saying …": the sentence's subject says it.
    const opening = afterDateline(tokens, s);
    const main = mainVerb(tokens, opening, k);
    subject = main === undefined ? undefined : subjectBefore(tokens, main, opening);
    const phrase = subject && subject.first === opening ? phraseForSubject(tokens, subject) : undefined;
    if (phrase) speaker = { type: 'phrase', phrase };
  } else {
    subject = subjectBefore(tokens, k, s.first);
    const phrase = phraseForSubject(tokens, subject);
    if (phrase) speaker = { type: 'phrase', phrase };
  }
  const complement = speaker ? complementAfter(tokens, s, cueEnd, cue) : undefined;
  if (speaker && complement) {
    // ", who said last week that the ports were at risk, Xu shot back": what a relative
    // clause reports ends with the clause.
    const relative = tokens[b]?.lower === 'who' && tokens[b - 1]?.lower === ',';
    const end = propositionEnd(tokens, s, complement.start, relative);
    if (end < complement.start || isWholeQuote(tokens, complement.start, end)) return undefined;
    // The attribution's own words: from where its clause starts (a statement carried on by ",
    // and noted that" starts at its joint, not at the proposition before it), and after the
    // proposition up to the next cue (", and noted that … last year" dates the noting only).
    const opening = speaker.type === 'previous' ? b : clauseStart(tokens, s, subject?.first ?? k);
    const regions = withoutRange([{ first: opening, last: complement.start - 1 }], cover(subject));
    if (end < s.last) regions.push({ first: end + 1, last: nextCueBefore(tokens, end + 1, s.last) });
    return make(tokens, cue.cue, k, speaker, regions, complement, end, complement.confidence);
  }
  return endAttribution(tokens, s, cueEnd, cue);
}

/** Where the clause holding token k starts: after ", and", ", while", ", as", ", but" before it. */
function clauseStart(tokens: readonly Token[], s: Sentence, k: number): number {
  for (let j = k - 1; j > s.first; j--) {
    const t = tokens[j] as Token;
    if (t.quote >= 0 || t.mark) continue;
    const joins = ['and', 'but', 'while', 'whereas', 'as', 'after'].includes(t.lower);
    if (joins && tokens[j - 1]?.lower === ',') return j + 1;
  }
  return s.first;
}

/**
 * Where the words after a proposition stop being its attribution: before what the next cue
 * reports (", telling Times Radio that …" still names the channel both were said on), or `last`.
 */
function nextCueBefore(tokens: readonly Token[], first: number, last: number): number {
  for (let j = first; j <= last; j++) {
    const t = tokens[j] as Token;
    if (t.quote >= 0 || t.mark || !cueOf(t.lower, t.pos, tokens[j + 1]?.lower)?.reports) continue;
    for (let k = j + 1; k <= last && k <= j + THAT_REACH; k++) {
      const w = tokens[k] as Token;
      if (w.lower === 'that' || w.mark || w.pos === 'VERB' || w.pos === 'AUX') return k - 1;
    }
    return j - 1;
  }
  return last;
}

/** Where a sentence starts after its dateline ("BEIJING —", "STOCKHOLM, Nov 15 —"), or its first token. */
function afterDateline(tokens: readonly Token[], s: Sentence): number {
  for (let j = s.first; j <= s.last && j <= s.first + 6; j++) {
    const t = tokens[j] as Token;
    if (['—', '–'].includes(t.text)) return j > s.first ? j + 1 : s.first;
    const datelineWord =
      t.text === t.text.toUpperCase() ||
      t.pos === 'NUM' ||
      t.lower === ',' ||
      /^[A-Z][a-z]{2}\.?$/.test(t.text);
    if (!datelineWord) return s.first;
  }
  return s.first;
}

/** The first verb of the sentence before k, the main clause's, when it comes after a subject. */
function mainVerb(tokens: readonly Token[], first: number, k: number): number | undefined {
  for (let j = first + 1; j < k; j++) {
    const t = tokens[j] as Token;
    if (t.mark || t.quote >= 0) return undefined;
    if (t.pos === 'VERB' || t.pos === 'AUX') return j;
  }
  return undefined;
}

interface Complement {
  start: number;
  audience?: string;
  confidence: number;
}

function complementAfter(
  tokens: readonly Token[],
  s: Sentence,
  k: number,
  cue: CueWord,
): Complement | undefined {
  const audience = takesAudience(cue.cue) ? audienceBetween(tokens, k + 1, s.last) : undefined;
  if (urges(cue.cue)) {
    // "urged the US to adopt …": the proposition is who was urged to do what.
    // The verb or the ones urged may be quoted: "urged Ottawa to “provide a fair …”", "called on
    // “all parties with influence” to secure her release".
    for (let j = k + 1; j <= s.last && j <= k + 10; j++) {
      const t = tokens[j] as Token;
      const quoted = tokens[j + 1]?.mark !== undefined;
      const verb = quoted ? tokens[j + 2] : tokens[j + 1];
      const verbLike = verb?.pos === 'VERB' || (quoted && ['NOUN', 'ADV', 'AUX'].includes(verb?.pos ?? ''));
      if (t.lower === 'to' && t.quote < 0 && verbLike) return { start: k + 1, confidence: 0.85 };
      if (t.quote >= 0 || t.mark) continue;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === ',') break;
    }
  }
  const denied = deniedSaying(tokens, s, k, cue);
  if (denied !== undefined) return { start: denied, confidence: 0.75 };
  for (let j = k + 1; j <= s.last && j <= k + THAT_REACH; j++) {
    const t = tokens[j] as Token;
    // "rejected that argument.": a determiner, not a complementiser.
    if (t.lower === 'that' && tokens[j + 1]?.pos === 'NOUN' && isTerminator(tokens[j + 2])) break;
    if (t.lower === 'that' && j < s.last) {
      return { start: j + 1, confidence: 0.85, ...(audience ? { audience } : {}) };
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.mark || isTerminator(t) || t.lower === ':') break;
  }
  // "blamed Western sanctions for the slow pace", "accused Denmark of staging": who is blamed
  // for what, with or without a verb in it.
  // The one blamed may be quoted ("blamed “terrorist groups” operating in the area for …").
  if (blames(cue.cue)) {
    for (let j = k + 2; j <= s.last && j <= k + 12; j++) {
      const t = tokens[j] as Token;
      if (t.quote >= 0 || t.mark) continue;
      if ((t.lower === 'of' && cue.cue === 'accuse') || (t.lower === 'for' && cue.cue !== 'accuse')) {
        return { start: k + 1, confidence: 0.75 };
      }
      const reduced =
        t.pos === 'VERB' &&
        /(?:ing|ed)$/.test(t.lower) &&
        (tokens[j - 1]?.mark || tokens[j - 1]?.pos === 'NOUN');
      if (((t.pos === 'VERB' || t.pos === 'AUX') && !reduced) || t.lower === ',') break;
    }
  }
  // No "that": a clause straight after the cue ("said the talks had failed").
  const first = tokens[k + 1];
  // "denied supplying weapons": what is denied, as a gerund.
  if (cue.cue === 'deny' && first !== undefined && first.pos === 'VERB' && first.lower.endsWith('ing')) {
    return { start: k + 1, confidence: 0.75 };
  }

  if (!first || k + 1 > s.last || cue.cue === 'tell' || urges(cue.cue)) return undefined;
  // "said on Tuesday it would …": a time between the cue and its clause; "said at least four
  // states had asked": a clause may open with a quantity.
  const at = timeAfter(tokens, k + 1, s.last);
  const opening = tokens[at];
  const quantified = QUANTIFIERS.test(`${opening?.lower} ${tokens[at + 1]?.lower}`);
  if (!opening || (!quantified && !CLAUSE_OPENINGS.has(opening.pos)) || opening.mark) return undefined;
  if (opening.lower === 'it' && tokens[at + 1]?.lower === ',') return undefined;
  for (let j = at + 1; j <= s.last; j++) {
    const t = tokens[j] as Token;
    // "added Vakhsh Air to the list": adding a thing to another is no speech.
    if (cue.cue === 'add' && t.lower === 'to' && t.pos === 'ADP') return undefined;
    // "said officials from the embassy in Warsaw, which is accredited to Belarus, had been
    // refused", "said the rules, which cover cloud storage, payment records and health data,
    // would be", "says the objects, among them a gold badge, were": an aside inside the
    // subject, closed by the comma before its verb.
    if (t.lower === ',') {
      const closing = asideClosing(tokens, s, j);
      if (closing === undefined) break;
      j = closing;
    }
    if (t.mark) continue;
    if (t.pos === 'AUX' || t.pos === 'VERB') return { start: at, confidence: 0.75 };
  }
  // A denial of a thing said, not a clause: "rejected the accusation as false", "denied the
  // report". What it denies is that object; the linker ties it to what was said.
  if (
    cue.cue === 'deny' &&
    !tokens.slice(k + 1, s.last + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.mark)
  ) {
    return { start: k + 1, confidence: 0.7 };
  }
  return undefined;
}

/**
 * "rejected suggestions that P", "pushed back against US criticism that P", "denied reports in
 * Western media that P": what is denied is the thing said, with its content. Where it starts.
 */
function deniedSaying(tokens: readonly Token[], s: Sentence, k: number, cue: CueWord): number | undefined {
  if (cue.cue !== 'deny' && cue.cue !== 'push back') return undefined;
  const start = ['against', 'on'].includes(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  for (let j = start; j <= s.last && j <= start + 6; j++) {
    const t = tokens[j] as Token;
    if (SPEECH_NOUNS.has(t.lower) && t.pos === 'NOUN') {
      // "rejected that argument.": the thing said alone.
      if (isTerminator(tokens[j + 1])) return start;
      // "claims in Western media that": a short complement may sit between noun and "that".
      for (let n = j + 1; n <= s.last && n <= j + 4; n++) {
        const w = tokens[n] as Token;
        if (w.lower === 'that') return n < s.last ? start : undefined;
        if (!['ADP', 'ADJ', 'PROPN', 'NOUN', 'DET'].includes(w.pos)) return undefined;
      }
      return undefined;
    }
    const determiner = j === start && ['that', 'this', 'these', 'those'].includes(t.lower);
    if (!['DET', 'ADJ', 'PROPN', 'NOUN', 'PART'].includes(t.pos) && t.lower !== "'s" && !determiner)
      return undefined;
  }
  return undefined;
}

const CLAUSE_OPENINGS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const QUANTIFIERS = /^(?:at least|at most|more than|fewer than|less than|up to|as many)$/;
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;

/** Past "on Tuesday [night]", "yesterday", "last week" at i, when a clause follows; else i. */
function timeAfter(tokens: readonly Token[], i: number, last: number): number {
  let j = i;
  if (tokens[j]?.lower === 'on' && WEEKDAYS.test(tokens[j + 1]?.lower ?? '')) j += 2;
  else if (WEEKDAYS.test(tokens[j]?.lower ?? '')) j += 1;
  else if (tokens[j]?.lower === 'last' && TIME_UNITS.has(tokens[j + 1]?.lower ?? '')) j += 2;
  else return i;
  if (['morning', 'afternoon', 'evening', 'night'].includes(tokens[j]?.lower ?? '')) j++;
  return j <= last && CLAUSE_OPENINGS.has(tokens[j]?.pos ?? '') ? j : i;
}

/** The comma closing an aside that opens at the comma `open`: the one its clause's verb follows. */
function asideClosing(tokens: readonly Token[], s: Sentence, open: number): number | undefined {
  for (let i = open + 2; i <= s.last && i <= open + 25; i++) {
    const t = tokens[i] as Token;
    if (t.lower !== ',' || t.quote >= 0) continue;
    let v = i + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    const verb = tokens[v];
    if (verb && v <= s.last && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing'))))
      return i;
  }
  return undefined;
}

const SPEAKING: ReadonlySet<string> = new Set(['speaking', 'talking', 'writing']);

// The proposition runs to the end of the sentence, less a trailing attribution
// (", according to CNN", ", adding that …") and the closing punctuation.
function propositionEnd(tokens: readonly Token[], s: Sentence, start: number, relative = false): number {
  let end = s.last;
  for (let j = start; j <= s.last; j++) {
    const t = tokens[j] as Token;
    if (t.lower !== ',' && t.lower !== ':') continue;
    if (relative && t.quote < 0) {
      end = j - 1;
      break;
    }
    const next = tokens[j + 1];
    if (!next || j + 1 > s.last) break;
    const cue = cueOf(next.lower, next.pos);
    const trailing =
      (next.lower === 'according' && tokens[j + 2]?.lower === 'to') ||
      framesNewClause(tokens, s, j + 1) ||
      summarises(tokens, j + 1) ||
      (cue?.participle ?? false) ||
      // ", speaking on the BBC World Service": where the words were said, not what.
      (SPEAKING.has(next.lower) && ['on', 'to', 'in', 'with'].includes(tokens[j + 2]?.lower ?? '')) ||
      (next.lower === 'and' && cueOf(tokens[j + 2]?.lower ?? '', tokens[j + 2]?.pos ?? '') !== undefined) ||
      next.mark?.side === 'open';
    if (trailing) {
      end = j - 1;
      break;
    }
  }
  while (
    end >= start &&
    (isTerminator(tokens[end]) || [',', ';', ':'].includes((tokens[end] as Token).lower))
  )
    end--;
  return end;
}

/**
 * ", as authorities in Minsk said …", ", days after Washington said …", ", and the spokesman
 * said …": a clause with a cue and a speaker of its own; where the proposition before it ends.
 */
function framesNewClause(tokens: readonly Token[], s: Sentence, k: number): boolean {
  let j = k;
  // ", days after", ", a day after", ", hours before"
  if (DETERMINERS.has(tokens[j]?.lower ?? '') || tokens[j]?.pos === 'NUM') j++;
  if (TIME_UNITS.has(tokens[j]?.lower ?? '')) j++;
  // ", and foreign ministry spokesman Han Zhiqiang said …": a new clause with its own speaker.
  const joined = j === k && ['and', 'but'].includes(tokens[j]?.lower ?? '');
  if (!FRAMING_CONJUNCTIONS.has(tokens[j]?.lower ?? '') && !joined) return false;
  for (let i = j + 1; i <= s.last; i++) {
    const t = tokens[i] as Token;
    if (t.lower === ',' || isTerminator(t)) return false;
    if (t.quote < 0 && !t.mark && cueOf(t.lower, t.pos)?.reports && !cueOf(t.lower, t.pos)?.participle)
      return true;
  }
  return false;
}

/** ", a remark widely seen as …", ", an apparent reference to …": the journalist's gloss. */
function summarises(tokens: readonly Token[], k: number): boolean {
  if (!['a', 'an'].includes(tokens[k]?.lower ?? '')) return false;
  let j = k + 1;
  while (j < k + 3 && ['ADJ', 'ADV'].includes(tokens[j]?.pos ?? '')) j++;
  return SUMMARY_NOUNS.has(tokens[j]?.lower ?? '');
}

function isWholeQuote(tokens: readonly Token[], first: number, last: number): boolean {
  return (tokens[first] as Token).mark?.side === 'open' && (tokens[last] as Token).mark?.side === 'close';
}

/**
 * "…, said a spokesman": a cue straight after the comma, its subject after it. Not "told": what
 * follows it is who was told ("…, the ministry's spokesman, Ivo Marsh, told CNN").
 */
function invertsAt(tokens: readonly Token[], k: number, cue: CueWord): boolean {
  return tokens[k - 1]?.lower === ',' && cue.cue !== 'tell';
}

/** "The talks failed, officials said." / "…, said a spokesman." */
function endAttribution(
  tokens: readonly Token[],
  s: Sentence,
  k: number,
  cue: CueWord,
): Attribution | undefined {
  // Nothing but an intermediary or a date may follow the cue, or a clause of its own
  // (", brushing aside months of lobbying").
  // (", brushing aside months of lobbying", ", in a widening of controls that drew …").
  for (let j = k + 1; j <= s.last; j++) {
    const t = tokens[j] as Token;
    if (isTerminator(t) || t.lower === ',') break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.mark) return undefined;
  }
  let comma: number;
  let subject: TokenRange | undefined;
  const inverted = invertsAt(tokens, k, cue)
    ? (subjectAfter(tokens, k, s.last) ??
      (PRONOUNS.has(tokens[k + 1]?.lower ?? '') ? { first: k + 1, last: k + 1 } : undefined))
    : undefined;
  if (inverted) {
    comma = k - 1;
    subject = inverted;
  } else {
    // "P, her editor, Luc Tremblay, said": the appositive's closing comma before the cue.
    subject = subjectBefore(tokens, k, s.first);
    comma = subject ? subject.first - 1 : -1;
  }
  // "LONDON — P, X told …": the dateline is no part of what was said.
  const opening = afterDateline(tokens, s);
  if (!subject || tokens[comma]?.lower !== ',' || comma <= opening) return undefined;
  const phrase = phraseForSubject(tokens, subject);
  if (!phrase) return undefined;
  let end = comma - 1;
  while (end >= opening && isTerminator(tokens[end])) end--;
  const clause = tokens.slice(opening, end + 1);
  if (
    !clause.some((t) => t.pos === 'VERB' || t.pos === 'AUX') ||
    clause.some((t) => t.mark?.side === 'open' && t.index === opening)
  ) {
    return undefined;
  }
  const regions = withoutRange([{ first: comma + 1, last: s.last }], cover(subject));
  return make(
    tokens,
    cue.cue,
    k,
    { type: 'phrase', phrase },
    regions,
    { start: opening, confidence: 0.75 },
    end,
    0.75,
  );
}

/** "According to X, P." and "P, according to X." (X a person or body, not only an outlet). */
function accordingTo(tokens: readonly Token[], s: Sentence, k: number): Attribution | undefined {
  const subject = subjectAfter(tokens, k + 1, s.last);
  if (!subject) return undefined;
  const phrase = phraseForSubject(tokens, subject);
  if (!phrase || phrase.type === 'pronoun') return undefined;
  // With another cue in the sentence, "according to CNN" names the channel, not the speaker.
  for (let j = s.first; j <= s.last; j++) {
    const t = tokens[j] as Token;
    if (j !== k && t.quote < 0 && !t.mark && cueOf(t.lower, t.pos)) return undefined;
    if (t.mark) return undefined;
  }
  if (phrase.type === 'name' && isOutletName(phrase.name.toLowerCase())) return undefined;
  const speaker: SpeakerRef = { type: 'phrase', phrase };
  const regions = [{ first: k, last: subject.last }];
  if (k === s.first && tokens[subject.last + 1]?.lower === ',') {
    const start = subject.last + 2;
    const end = propositionEnd(tokens, s, start);
    if (end < start) return undefined;
    return make(tokens, 'according_to', k, speaker, regions, { start, confidence: 0.8 }, end, 0.8);
  }
  if (tokens[k - 1]?.lower === ',' && k - 2 >= s.first) {
    return make(tokens, 'according_to', k, speaker, regions, { start: s.first, confidence: 0.8 }, k - 2, 0.8);
  }
  return undefined;
}

function make(
  tokens: readonly Token[],
  cue: Cue,
  cueToken: number,
  speaker: SpeakerRef,
  regions: TokenRange[],
  complement: Complement,
  end: number,
  confidence: number,
): Attribution {
  const first = tokens[complement.start] as Token;
  const last = tokens[end] as Token;
  return {
    direct: false,
    pieces: [{ start: first.start, end: last.end }],
    cue,
    cueToken,
    speaker,
    regions,
    paragraph: first.paragraph,
    continuation: false,
    confidence,
    ...(complement.audience ? { audience: complement.audience } : {}),
  };
}

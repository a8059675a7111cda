// Direct quotes: a quotation and the attribution that sits next to it.
//   “…,” X said [, according to CNN] / “…,” said X / X said[ to reporters]: “…”
//   X said, adding: “…” / “…,” he continued.
// A quotation with no attribution of its own continues the statement before it when it stands
// as whole sentences right after it (“…,” X said. “…”), and is otherwise not speech: a scare
// quote, a title, a phrase inside a reported statement.

import {
  type Attribution,
  cover,
  isTerminator,
  type SpeakerRef,
  trimPiece,
  withoutRange,
} from './attribution';
import { blames, cueOf, urges } from './cues';
import { PRONOUNS } from './lexicon';
import { describedOutletAt, outletAt } from './outlets';
import type { Quotation } from './quotes';
import { phraseForSubject } from './speaker-phrase';
import { subjectAfter, subjectBefore, type TokenRange } from './subject';
import type { Token } from './tokens';

export interface DirectResult {
  attributions: Attribution[];
  usedCues: Set<number>;
}

/** How far into the words after a quote its cue verb may sit ("a senior White House official told"). */
const TAIL_REACH = 14;
/** How many words may sit between a cue and the quote it introduces ("told reporters on Tuesday:"). */
const HEAD_COMPLEMENT_REACH = 12;

export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  quotations: readonly Quotation[],
): DirectResult {
  const attributions: Attribution[] = [];
  const usedCues = new Set<number>();
  const marks = markTokens(tokens);
  for (const q of quotations) {
    const open = marks.open.get(q.index);
    if (open === undefined) continue;
    const close = marks.close.get(q.index);
    const lastPart = q.parts[q.parts.length - 1];
    if (!lastPart) continue;
    const pieces = q.parts.map((p) => trimPiece(text, p)).filter((p) => p.end > p.start);
    const tail = close === undefined ? undefined : tailRange(tokens, close);
    const head = headRange(tokens, open);
    const found =
      (tail && fromTail(tokens, tail)) ??
      (head && fromHead(tokens, head, tail === undefined)) ??
      continuation(tokens, open, close, head, tail, attributions);
    if (!found) continue;
    const previous = attributions[attributions.length - 1];
    if (previous && usedCues.has(found.cueToken) && previous.cueToken === found.cueToken) {
      // “If the rain holds off,” he said, “we expect…”: one sentence around its attribution.
      previous.pieces.push(...pieces);
      continue;
    }
    usedCues.add(found.cueToken);
    attributions.push({ ...found, direct: true, pieces, paragraph: lastPart.paragraph });
  }
  return { attributions, usedCues };
}

type Found = Omit<Attribution, 'direct' | 'pieces' | 'paragraph'>;

function markTokens(tokens: readonly Token[]): { open: Map<number, number>; close: Map<number, number> } {
  const open = new Map<number, number>();
  const close = new Map<number, number>();
  for (const t of tokens) {
    if (t.mark?.side === 'open' && !open.has(t.mark.quote)) open.set(t.mark.quote, t.index);
    if (t.mark?.side === 'close') close.set(t.mark.quote, t.index);
  }
  return { open, close };
}

// The words after a closing mark, to the end of the sentence or the next quotation.
function tailRange(tokens: readonly Token[], close: number): TokenRange | undefined {
  const paragraph = (tokens[close] as Token).paragraph;
  let last = close;
  for (let i = close + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.paragraph !== paragraph || isTerminator(t) || t.mark?.side === 'open') break;
    last = i;
  }
  return last > close ? { first: close + 1, last } : undefined;
}

// The words before an opening mark, back to the start of the sentence or the last quotation.
function headRange(tokens: readonly Token[], open: number): TokenRange | undefined {
  const paragraph = (tokens[open] as Token).paragraph;
  let first = open;
  for (let i = open - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.paragraph !== paragraph || isTerminator(t) || t.mark?.side === 'close') break;
    first = i;
  }
  return first < open ? { first, last: open - 1 } : undefined;
}

function fromTail(tokens: readonly Token[], tail: TokenRange): Found | undefined {
  let i = tail.first;
  while (i <= tail.last && (tokens[i] as Token).lower === ',') i++;
  if (i > tail.last) return undefined;
  const first = tokens[i] as Token;
  const firstCue = cueOf(first.lower, first.pos, tokens[i + 1]?.lower) ?? cueOf(first.lower, 'VERB');
  if (firstCue) {
    // Inverted: “…,” said Mr Ren. / “…,” said he.
    const next = tokens[i + 1];
    const subject =
      next && i + 1 <= tail.last && PRONOUNS.has(next.lower)
        ? { first: i + 1, last: i + 1 }
        : subjectAfter(tokens, i, tail.last);
    const phrase = phraseForSubject(tokens, subject);
    if (!phrase || !subject) return undefined;
    return attribution(
      firstCue.cue,
      i,
      { type: 'phrase', phrase },
      withoutRange([tail], cover(subject)),
      0.95,
    );
  }
  if (first.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    // "…amounted to “economic terrorism”, according to the state news agency IRNA": an outlet
    // after a quote is the channel of the statement the quote is part of, not its speaker.
    if (outletAt(tokens, i + 2) || describedOutletAt(tokens, i + 2)) return undefined;
    const subject = subjectAfter(tokens, i + 1, tail.last);
    const phrase = phraseForSubject(tokens, subject);
    if (!phrase || !subject) return undefined;
    return attribution(
      'according_to',
      i,
      { type: 'phrase', phrase },
      withoutRange([tail], cover(subject)),
      0.85,
    );
  }
  // “…,” the Swedish Security Service, which is leading the inquiry, said: a relative clause
  // does not count against the reach.
  let reach = i + TAIL_REACH;
  for (let k = i + 1; k <= Math.min(tail.last, reach); k++) {
    const t = tokens[k] as Token;
    if (t.lower === ',' && ['who', 'which', 'whose', 'where'].includes(tokens[k + 1]?.lower ?? '')) {
      let closing = k + 2;
      while (closing < tail.last && (tokens[closing] as Token).lower !== ',') closing++;
      reach += closing - k;
    }
    const cue = cueOf(t.lower, t.pos, tokens[k + 1]?.lower);
    if (!cue) continue;
    // A cue inside a relative clause belongs to it: "one resident, who asked not to be named, told …".
    if (['who', 'which'].includes(tokens[k - 1]?.lower ?? '')) continue;
    const subject = subjectBefore(tokens, k, i);
    if (!subject || subject.first !== i) return undefined;
    const phrase = phraseForSubject(tokens, subject);
    if (!phrase) return undefined;
    const confidence = phrase.type === 'pronoun' ? 0.9 : 0.95;
    return attribution(
      cue.cue,
      k,
      { type: 'phrase', phrase },
      withoutRange([tail], cover(subject)),
      confidence,
    );
  }
  return undefined;
}

function fromHead(tokens: readonly Token[], head: TokenRange, endsSentence: boolean): Found | undefined {
  let end = head.last;
  const lastWord = tokens[end] as Token;
  const thatClause = lastWord.lower === 'that';
  const punctuated = [':', ','].includes(lastWord.lower);
  if (punctuated || thatClause) end--;
  // "X said that “…”" is direct only when the quote is the whole of what was said.
  if (thatClause && !endsSentence) return undefined;
  // Words between the cue and an unpunctuated quote are the start of what was said
  // ("said her client “categorically denies” …"): that is reported speech, not a quote.
  const bare = !punctuated && !thatClause;
  if (bare && !cueOf(lastWord.lower, lastWord.pos)) return undefined;
  // "blamed “terrorist groups” operating in the area for the abduction": a quoted object inside
  // what is reported, not a quote of its own.
  const cued = cueOf(lastWord.lower, lastWord.pos);
  if (bare && !endsSentence && cued && (blames(cued.cue) || urges(cued.cue))) return undefined;
  for (let k = end; k >= head.first && k >= end - HEAD_COMPLEMENT_REACH; k--) {
    const t = tokens[k] as Token;
    const cue = cueOf(t.lower, t.pos, tokens[k + 1]?.lower);
    if (!cue) {
      if (t.pos === 'VERB' || t.pos === 'AUX') return undefined;
      continue;
    }
    const audience = cue.cue === 'tell' ? audienceBetween(tokens, k + 1, end) : undefined;
    const before = tokens[k - 1];
    const regions = [{ first: head.first, last: head.last }];
    if (cue.participle && (before?.lower === ',' || before?.lower === 'before') && k - 1 >= head.first) {
      return {
        ...attribution(cue.cue, k, { type: 'previous' }, regions, 0.85),
        ...(audience ? { audience } : {}),
      };
    }
    if (before?.lower === 'and' && hasCueBefore(tokens, k - 2, head.first)) {
      return {
        ...attribution(cue.cue, k, { type: 'previous' }, regions, 0.85),
        ...(audience ? { audience } : {}),
      };
    }
    const subject = subjectBefore(tokens, k, head.first);
    const phrase = phraseForSubject(tokens, subject);
    if (!phrase || !subject) return undefined;
    const found = attribution(
      cue.cue,
      k,
      { type: 'phrase', phrase },
      withoutRange(regions, cover(subject)),
      0.9,
    );
    return audience ? { ...found, audience } : found;
  }
  return undefined;
}

function hasCueBefore(tokens: readonly Token[], from: number, floor: number): boolean {
  for (let k = from; k >= floor; k--) {
    const t = tokens[k] as Token;
    if (cueOf(t.lower, t.pos, tokens[k + 1]?.lower)) return true;
  }
  return false;
}

/** "told reporters on Tuesday" -> "reporters": the listener, when it isn't an outlet. */
export function audienceBetween(tokens: readonly Token[], first: number, last: number): string | undefined {
  let end = first - 1;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (
      ['that', 'to', ',', ':', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'yesterday'].includes(
        t.lower,
      )
    ) {
      break;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.mark) break;
    end = k;
  }
  if (end < first) return undefined;
  // "told Bloomberg", "told the BBC": an outlet, which the intermediary stage records.
  if (outletAt(tokens, first) ?? describedOutletAt(tokens, first)) return undefined;
  const words = tokens.slice(first, end + 1);
  let text = '';
  for (const [n, w] of words.entries())
    text += (n > 0 && (words[n - 1] as Token).end < w.start ? ' ' : '') + w.text;
  return text;
}

// “…,” X said. “…”: a quotation standing as whole sentences, right after a direct statement.
function continuation(
  tokens: readonly Token[],
  open: number,
  close: number | undefined,
  head: TokenRange | undefined,
  tail: TokenRange | undefined,
  before: readonly Attribution[],
): Found | undefined {
  if (head || tail) return undefined;
  const previous = before[before.length - 1];
  const paragraph = (tokens[open] as Token).paragraph;
  const words = tokens.slice(open + 1, close ?? tokens.length).filter((t) => t.pos !== 'PUNCT');
  if (words.length < 3) return undefined;
  if (!previous || paragraph - previous.paragraph > 1) {
    const opensParagraph = (tokens[open - 1] as Token | undefined)?.paragraph !== paragraph;
    if (!opensParagraph) return undefined;
    // “…” in paragraphs of its own after "she insisted that …": it goes on with whatever
    // statement ends the paragraph before, if one does (assembly checks).
    return {
      ...attribution('say', open, { type: 'previous' }, [], 0.7),
      continuation: true,
      follows: paragraph - 1,
    };
  }
  return { ...attribution(previous.cue, open, { type: 'previous' }, [], 0.75), continuation: true };
}

function attribution(
  cue: Attribution['cue'],
  cueToken: number,
  speaker: SpeakerRef,
  regions: TokenRange[],
  confidence: number,
): Found {
  return { cue, cueToken, speaker, regions, continuation: false, confidence };
}

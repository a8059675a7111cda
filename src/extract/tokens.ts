// Tokens, part-of-speech tags and sentences from wink-nlp, with offsets into the original
// text. Furniture is blanked out (same length) so offsets survive and it costs nothing.

import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence } from 'wink-nlp';
import { foldQuotes } from './normalise';
import type { Paragraph } from './paragraphs';
import type { Quotation } from './quotes';

export interface Token {
  index: number;
  text: string;
  /** lower case with straight apostrophes */
  lower: string;
  start: number;
  end: number;
  pos: string;
  sentence: number;
  paragraph: number;
  /** the quotation whose words contain this token, or -1 */
  quote: number;
  /** set on the quotation marks themselves */
  mark?: { quote: number; side: 'open' | 'close' };
}

/** "Producers' Association": the bare apostrophe of a plural's possessive, after a word in -s. */
export function isPluralPossessive(t: Token, before: Token | undefined): boolean {
  return (t.text === "'" || t.text === '’') && before !== undefined && /s$/.test(before.lower);
}

export interface Sentence {
  index: number;
  paragraph: number;
  /** first and last token index, inclusive */
  first: number;
  last: number;
}

export interface Tokenised {
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/**
 * The shared wink-nlp instance (loading the model is the expensive part, done once). Only
 * sentence boundaries and part-of-speech tags are used, so only they run: skipping wink's
 * entity recogniser halves the cost of readDoc.
 */
export function getNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export function tokenise(
  text: string,
  body: readonly Paragraph[],
  quotations: readonly Quotation[],
): Tokenised {
  const view = blankOutside(text, body);
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(view);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const sentenceStarts = new Set<number>();
  doc.sentences().each((s: ItemSentence) => {
    const span = s.out(its.span) as unknown as number[];
    if (span[0] !== undefined) sentenceStarts.add(span[0]);
  });

  const raw: Array<{ text: string; start: number; end: number; pos: string; sentenceStart: boolean }> = [];
  let cursor = 0;
  let pendingStart = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    let start = view.startsWith(value, cursor) ? cursor : view.indexOf(value, cursor);
    if (start < 0) start = cursor;
    cursor = start + value.length;
    const pos = tags[i] ?? 'X';
    pendingStart ||= sentenceStarts.has(i);
    if (pos === 'SPACE' || value.trim() === '') continue;
    raw.push({ text: value, start, end: cursor, pos, sentenceStart: pendingStart });
    pendingStart = false;
  }
  const merged = mergeHyphenated(tagForeignNames(rejoinSplitLetters(raw, text)), text);
  return annotate(merged, text, body, quotations);
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const BEYOND_LATIN1 = /[\u0100-\u{10ffff}]/u;

// A word wholly in another script (Cyrillic, Greek, Han, Arabic…) in English text is a name
// ("Сергей Лавров", "王毅"): wink knows no such words and tags them X.
const NON_LATIN_WORD = /^(?:(?![A-Za-z\u00C0-\u024F])[\p{L}\p{M}])+$/u;

function tagForeignNames(tokens: RawToken[]): RawToken[] {
  for (const t of tokens) if (t.pos === 'X' && NON_LATIN_WORD.test(t.text)) t.pos = 'PROPN';
  return tokens;
}

/**
 * wink's tokeniser breaks a word at a letter outside Latin-1: "Petrović" comes out as
 * "Petrovi" + "ć", "Wałęsa" as three pieces, and the name is lost. Pieces of letters with no
 * space between them, one of them beyond Latin-1, are one word again (a PROPN if any piece
 * was). Splits wink makes on purpose ("can" + "not") are Latin-1 on both sides and stay.
 */
function rejoinSplitLetters(raw: RawToken[], text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const t of raw) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.end === t.start &&
      LETTERS.test(prev.text) &&
      LETTERS.test(t.text) &&
      (BEYOND_LATIN1.test(prev.text) || BEYOND_LATIN1.test(t.text))
    ) {
      prev.end = t.end;
      prev.text = text.slice(prev.start, prev.end);
      if (t.pos === 'PROPN' || prev.pos === 'X') prev.pos = t.pos === 'X' ? 'PROPN' : t.pos;
      continue;
    }
    out.push({ ...t });
  }
  return out;
}

function blankOutside(text: string, body: readonly Paragraph[]): string {
  const chars: string[] = [];
  let cursor = 0;
  for (const p of body) {
    chars.push(text.slice(cursor, p.start).replace(/[^\n]/g, ' '));
    chars.push(text.slice(p.start, p.end));
    cursor = p.end;
  }
  chars.push(text.slice(cursor).replace(/[^\n]/g, ' '));
  return chars.join('');
}

type RawToken = { text: string; start: number; end: number; pos: string; sentenceStart: boolean };

// wink splits "Secretary-general" into three tokens; names and titles read better whole.
function mergeHyphenated(raw: RawToken[], text: string): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as RawToken;
    const prev = out[out.length - 1];
    const next = raw[i + 1];
    if (
      (t.text === '-' || t.text === '‑') &&
      prev &&
      next &&
      prev.end === t.start &&
      next.start === t.end &&
      /\w$/.test(prev.text) &&
      /^\w/.test(next.text)
    ) {
      prev.end = next.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.pos = prev.pos === 'PROPN' || next.pos === 'PROPN' ? 'PROPN' : next.pos;
      i++;
      continue;
    }
    out.push({ ...t });
  }
  return out;
}

function annotate(
  raw: RawToken[],
  text: string,
  body: readonly Paragraph[],
  quotations: readonly Quotation[],
): Tokenised {
  const marks = new Map<number, { quote: number; side: 'open' | 'close' }>();
  const parts: Array<{ start: number; end: number; quote: number }> = [];
  for (const q of quotations) {
    marks.set(q.openMark, { quote: q.index, side: 'open' });
    if (q.closeMark >= 0) marks.set(q.closeMark, { quote: q.index, side: 'close' });
    for (const part of q.parts) {
      parts.push({ start: part.start, end: part.end, quote: q.index });
      // Each continued paragraph reopens the quote with a mark of its own.
      if (
        part.start > q.openMark + 1 &&
        !marks.has(part.start - 1) &&
        /["“„]/.test(text.charAt(part.start - 1))
      ) {
        marks.set(part.start - 1, { quote: q.index, side: 'open' });
      }
    }
  }
  parts.sort((a, b) => a.start - b.start);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let p = 0;
  let part = 0;
  for (const r of raw) {
    while (p < body.length - 1 && (body[p] as Paragraph).end <= r.start) p++;
    while (part < parts.length && (parts[part] as { end: number }).end <= r.start) part++;
    const span = parts[part];
    const quote = span && span.start <= r.start && r.end <= span.end ? span.quote : -1;
    const paragraph = (body[p] as Paragraph).index;
    const lastSentence = sentences[sentences.length - 1];
    if (!lastSentence || r.sentenceStart || lastSentence.paragraph !== paragraph) {
      sentences.push({ index: sentences.length, paragraph, first: tokens.length, last: tokens.length });
    }
    const sentence = sentences[sentences.length - 1] as Sentence;
    sentence.last = tokens.length;
    const token: Token = {
      index: tokens.length,
      text: r.text,
      lower: foldQuotes(r.text.toLowerCase()),
      start: r.start,
      end: r.end,
      pos: r.pos,
      sentence: sentence.index,
      paragraph,
      quote,
    };
    const mark = marks.get(r.start);
    if (mark && r.end - r.start === 1) token.mark = mark;
    tokens.push(token);
  }
  return { tokens, sentences };
}

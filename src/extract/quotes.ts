// Quotations: spans between double quotation marks, curly or straight. A quotation left open
// at the end of a paragraph continues when the next paragraph opens with a quotation mark
// (the convention for a quote running over several paragraphs); otherwise it ends there.

import { doubleQuoteKind } from './normalise';
import type { Paragraph } from './paragraphs';

export interface QuotePart {
  /** offsets of the quoted words, inside the marks */
  start: number;
  end: number;
  paragraph: number;
}

export interface Quotation {
  index: number;
  parts: QuotePart[];
  /** offset of the opening mark of the first part */
  openMark: number;
  /** offset of the closing mark of the last part, or -1 when the quote was never closed */
  closeMark: number;
}

const QUOTE_MARK = /["“”„‟]/g;

export function findQuotations(text: string, paragraphs: readonly Paragraph[]): Quotation[] {
  const quotations: Quotation[] = [];
  let open: { openMark: number; parts: QuotePart[]; partStart: number } | undefined;
  let previous: Paragraph | undefined;
  const finish = (closeMark: number, partEnd: number, paragraph: number): void => {
    if (!open) return;
    const parts = [...open.parts, { start: open.partStart, end: partEnd, paragraph }];
    quotations.push({ index: quotations.length, parts, openMark: open.openMark, closeMark });
    open = undefined;
  };
  for (const p of paragraphs) {
    let i = p.start;
    if (open && previous) {
      // Carried over: continue only when this paragraph reopens the quote.
      if (doubleQuoteKind(text.charAt(i)) !== 'close' && doubleQuoteKind(text.charAt(i)) !== undefined) {
        open.parts.push({ start: open.partStart, end: previous.end, paragraph: previous.index });
        open.partStart = i + 1;
        i += 1;
      } else {
        finish(-1, previous.end, previous.index);
      }
    }
    QUOTE_MARK.lastIndex = i;
    for (let m = QUOTE_MARK.exec(text); m && m.index < p.end; m = QUOTE_MARK.exec(text)) {
      i = m.index;
      const kind = doubleQuoteKind(m[0]);
      if (kind === undefined) continue;
      if (open && kind !== 'open') finish(i, i, p.index);
      else if (!open && kind !== 'close') open = { openMark: i, parts: [], partStart: i + 1 };
    }
    previous = p;
  }
  if (open && previous) finish(-1, previous.end, previous.index);
  return quotations.map((q) => ({
    ...q,
    parts: q.parts.map(trimPart(text)).filter((part) => part.end > part.start),
  }));
}

function trimPart(text: string): (part: QuotePart) => QuotePart {
  return (part) => {
    let { start, end } = part;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    return { ...part, start, end };
  };
}

// Paragraphs with their offsets in the original text. A line is a paragraph, except a line
// starting in lower case, which continues a hard-wrapped paragraph.

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  let previousBlank = true;
  const pushLine = (from: number, to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') {
      previousBlank = true;
      return;
    }
    const start = from + lead;
    const end = start + trimmed.length;
    const last = paragraphs[paragraphs.length - 1];
    if (last && !previousBlank && /^[a-z]/.test(trimmed)) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      paragraphs.push({ index: paragraphs.length, start, end, text: trimmed });
    }
    previousBlank = false;
  };
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    pushLine(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  pushLine(lineStart, text.length);
  return paragraphs;
}

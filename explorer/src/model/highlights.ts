// A source's text cut into plain runs and statement runs, from the statements' character
// offsets: what the source page highlights. Offsets come from the API; spans outside the text,
// empty, or overlapping an earlier one are left out rather than garbling the text.

export interface Span {
  start: number;
  end: number;
  id: string;
}

export type Segment = { text: string; span?: undefined } | { text: string; span: Span };

export function highlightSegments(text: string, spans: Span[]): Segment[] {
  const usable = spans
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end))
    .filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of usable) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

// Property: every statement's offsets point into the original text. One piece: the slice is
// the text. Several: each part is a slice, the span covers them, and the text joins them.

import { evaluate } from '../../../eval/extract/evaluate';

const documents = evaluate().documents;

describe.each(documents.map((d) => [d.doc.id, d] as const))('offsets in %s', (_id, result) => {
  it('index the original text', () => {
    const { text } = result.doc;
    for (const s of result.predicted) {
      expect(s.startOffset).toBeGreaterThanOrEqual(0);
      expect(s.endOffset).toBeLessThanOrEqual(text.length);
      if (!s.parts) {
        expect(text.slice(s.startOffset, s.endOffset)).toBe(s.text);
        continue;
      }
      expect(s.startOffset).toBe(s.parts[0]?.startOffset);
      expect(s.endOffset).toBe(s.parts[s.parts.length - 1]?.endOffset);
      let cursor = 0;
      for (const part of s.parts) {
        const piece = text.slice(part.startOffset, part.endOffset);
        const at = s.text.indexOf(piece, cursor);
        expect(at).toBeGreaterThanOrEqual(cursor);
        cursor = at + piece.length;
      }
    }
  });
});

import { highlightSegments } from '../../../explorer/src/model/highlights';

const joined = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');

describe('highlightSegments', () => {
  it('cuts the text into plain and statement runs that add up to the text', () => {
    const text = 'He said "we will win" and "we will not stop" today.';
    const segments = highlightSegments(text, [
      { start: 27, end: 43, id: 'b' },
      { start: 9, end: 20, id: 'a' },
    ]);
    expect(segments.map((segment) => [segment.text, segment.span?.id ?? null])).toEqual([
      ['He said "', null],
      ['we will win', 'a'],
      ['" and "', null],
      ['we will not stop', 'b'],
      ['" today.', null],
    ]);
    expect(joined(segments)).toBe(text);
  });

  it('leaves out spans outside the text, empty, inverted, fractional or overlapping an earlier one', () => {
    const text = 'Ни шагу назад, сказал он.';
    const segments = highlightSegments(text, [
      { start: 0, end: 13, id: 'kept' },
      { start: 5, end: 20, id: 'overlaps' },
      { start: 20, end: 999, id: 'past the end' },
      { start: 4, end: 4, id: 'empty' },
      { start: 9, end: 3, id: 'inverted' },
      { start: 1.5, end: 3, id: 'fractional' },
      { start: -1, end: 2, id: 'negative' },
    ]);
    expect(segments.filter((segment) => segment.span).map((segment) => segment.span?.id)).toEqual(['kept']);
    expect(joined(segments)).toBe(text);
  });
});

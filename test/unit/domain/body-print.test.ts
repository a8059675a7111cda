// Body prints decide which stored articles are compared word for word with a new one: every
// copy the word-for-word check would accept must pass (a sentence added, a paragraph cut, a
// body twice as long), and unrelated articles of one outlet, which share their page
// furniture, mostly must not.

import { syntheticArticles } from '../../../bench/synthetic-articles';
import {
  bodyPrint,
  lookupPositions,
  mayBeCopies,
  PRINT_SIZE,
  PRINT_VERSION,
  parsePrint,
} from '../../../src/domain/body-print';
import { isCopy, resemblanceTo } from '../../../src/link/syndication';

const articles = syntheticArticles(120, 91);
const printOf = (text: string) => {
  const print = parsePrint(bodyPrint(text));
  if (!print) throw new Error(`no print for ${JSON.stringify(text.slice(0, 40))}`);
  return print;
};

describe('body prints', () => {
  it('hold the shingle count and one token per position, the same for the same text', () => {
    const text = articles[0]?.text as string;
    const print = printOf(text);
    expect(print.positions).toHaveLength(PRINT_SIZE);
    expect(print.shingles).toBeGreaterThan(100);
    expect(bodyPrint(text)).toBe(bodyPrint(text));
    expect(bodyPrint(text.toUpperCase().replace(/\n\n/g, '\n'))).toBe(bodyPrint(text));
  });

  it('let every copy the word-for-word check accepts through', () => {
    let copies = 0;
    for (const { text } of articles) {
      const paragraphs = text.split('\n\n');
      const variants = [
        text.replace('\n\n', '\n\nAn extra sentence the client paper added above the story.\n\n'),
        paragraphs.slice(0, Math.ceil(paragraphs.length * 0.93)).join('\n\n'),
        `${text}\n\n${text.slice(0, Math.floor(text.length * 0.9))}`,
      ];
      for (const variant of variants) {
        if (!isCopy(resemblanceTo(text)(variant))) continue;
        copies++;
        expect(mayBeCopies(printOf(text), printOf(variant))).toBe(true);
        const searched = new Set(lookupPositions(printOf(variant)));
        expect(printOf(text).positions.some((position) => searched.has(position))).toBe(true);
      }
    }
    expect(copies).toBeGreaterThan(300);
  });

  it('keep out nearly all unrelated articles, though they share an outlet’s furniture', () => {
    const prints = articles.map((article) => printOf(article.text));
    let pairs = 0;
    let passed = 0;
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) {
        pairs++;
        if (mayBeCopies(prints[i] as never, prints[j] as never)) passed++;
      }
    }
    expect(passed / pairs).toBeLessThan(0.02);
  });

  it('read a print of another version, or none, as no print', () => {
    expect(parsePrint(undefined)).toBeUndefined();
    expect(parsePrint('p0n12 p00xabc')).toBeUndefined();
    expect(parsePrint(bodyPrint('too short'))).toEqual({ shingles: 0, positions: [] });
    expect(bodyPrint('too short')).toBe(`${PRINT_VERSION}n0`);
  });

  it('never call a body too short for shingles a copy', () => {
    const short = printOf('four words only here');
    expect(mayBeCopies(short, short)).toBe(false);
  });
});

import { cueOf, stanceOf } from '../../../src/extract/cues';
import { resolveSaidAt } from '../../../src/extract/dates';
import { markFurniture } from '../../../src/extract/furniture';
import { splitParagraphs } from '../../../src/extract/paragraphs';
import { findQuotations } from '../../../src/extract/quotes';
import { foundingArticle } from './support';

describe('splitParagraphs', () => {
  it('makes each line a paragraph, with offsets into the text', () => {
    const text = 'Headline\nByline\n\n  First paragraph.  \n\nSecond.';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(['Headline', 'Byline', 'First paragraph.', 'Second.']);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('joins a hard-wrapped line that starts in lower case', () => {
    expect(splitParagraphs('The minister said that\nthe plan had failed.').map((p) => p.text)).toEqual([
      'The minister said that\nthe plan had failed.',
    ]);
  });
});

describe('markFurniture', () => {
  it('marks every piece of page furniture in the founding article, and nothing of the story', () => {
    const ps = splitParagraphs(foundingArticle());
    const reasons = markFurniture(ps, 'The Independent');
    const furniture = ps.filter((_, i) => reasons[i] !== undefined).map((p) => p.text.slice(0, 30));
    expect(furniture).toEqual([
      'Huawei 5G: Nato considers acti',
      'Western nations are concerned ',
      'Clark Mindock',
      'New York',
      'Thursday 14 March 2019 13:05 E',
      'Comments',
      'The US government wants its Eu',
      'The US government wants its Eu',
      'Your support helps us to tell ',
      'From reproductive rights to cl',
      'At such a critical moment in U',
      'The Independent is trusted by ',
      'Your support makes all the dif',
      'Support free-thinking journali',
      'Join our commenting forum',
      'Join thought-provoking convers',
      'Comments',
      'Thank you for registering',
      'Please refresh the page or nav',
    ]);
    expect(reasons[6]).toBe('caption');
    expect(reasons[8]).toBe('appeal');
  });

  it('keeps a story paragraph that ends with a closing quote and no full stop', () => {
    const ps = splitParagraphs(
      'He spoke first.\n\nShe said, adding: “Nato takes these concerns very seriously”',
    );
    expect(markFurniture(ps)).toEqual([undefined, undefined]);
  });

  it('regression: a paragraph ending in a Chinese or Arabic sentence is story, not page header', () => {
    const ps = splitParagraphs(
      '“The harbour will reopen in spring,” Zofia Quillmarsh said. 港口将在春季重新开放。\n\n' +
        '“The talks will resume,” Omar Haddad said. هل ستستأنف المحادثات؟',
    );
    expect(markFurniture(ps)).toEqual([undefined, undefined]);
  });
});

describe('findQuotations', () => {
  it('finds curly and straight quotes, runs a quote over paragraphs, and closes an unterminated one', () => {
    const text = 'A “b c,” d.\n\n“e f\n\n“g h,” i said.\n\n"j k" l "m';
    const words = findQuotations(text, splitParagraphs(text)).map((q) =>
      q.parts.map((p) => text.slice(p.start, p.end)),
    );
    expect(words).toEqual([['b c,'], ['e f', 'g h,'], ['j k'], ['m']]);
  });

  it('ends a quote at its paragraph when the next paragraph does not reopen it', () => {
    const text = '“Open and never closed.\n\nNarration follows.';
    const [q] = findQuotations(text, splitParagraphs(text));
    expect(q?.closeMark).toBe(-1);
    expect(q?.parts).toHaveLength(1);
  });
});

describe('cues', () => {
  it.each([
    ['said', 'say'],
    ['told', 'tell'],
    ['warned', 'warn'],
    ['denied', 'deny'],
    ['urged', 'urge'],
    ['insisted', 'insist'],
    ['tweeted', 'tweet'],
    ['added', 'add'],
    ['continued', 'continue'],
    ['claimed', 'claim'],
  ])('%s -> %s', (word, cue) => {
    expect(cueOf(word, 'VERB')?.cue).toBe(cue);
  });

  it('needs a verb tag for words that are also nouns', () => {
    expect(cueOf('claims', 'NOUN')).toBeUndefined();
    expect(cueOf('states', 'NOUN')).toBeUndefined();
  });

  it('gives a denial the OPPOSE stance and urging or insisting SUPPORT; saying carries none', () => {
    expect(stanceOf('deny')).toBe('OPPOSE');
    expect(stanceOf('urge')).toBe('SUPPORT');
    expect(stanceOf('insist')).toBe('SUPPORT');
    expect(stanceOf('say')).toBeUndefined();
  });
});

describe('resolveSaidAt', () => {
  it.each([
    ['tweeted last month', '2019-03-14', { saidAt: '2019-02-01', precision: 'month' }],
    ['said yesterday', '2019-03-14', { saidAt: '2019-03-13', precision: 'day' }],
    ['said on Tuesday', '2019-03-14', { saidAt: '2019-03-12', precision: 'day' }],
    ['said in January', '2019-03-14', { saidAt: '2019-01-01', precision: 'month' }],
    ['said in November', '2019-03-14', { saidAt: '2018-11-01', precision: 'month' }],
    ['said last year', '2019-03-14', { saidAt: '2018-01-01', precision: 'year' }],
  ])('%s (published %s)', (phrase, published, expected) => {
    expect(resolveSaidAt(phrase, published)).toEqual(expected);
  });

  it('finds nothing without a date phrase or without a publication date', () => {
    expect(resolveSaidAt('Mr Ren said, according to CNN', '2019-03-14')).toBeUndefined();
    expect(resolveSaidAt('said yesterday', undefined)).toBeUndefined();
  });

  it('regression: a weekday chrono reads forward is moved back a week', () => {
    // 2024-05-16 is a Thursday; "on Sunday" was read as the coming Sunday, 2024-05-19.
    expect(resolveSaidAt('tweeted on Sunday', '2024-05-16')).toEqual({
      saidAt: '2024-05-12',
      precision: 'day',
    });
  });

  it('rejects a publication date that is not ISO, showing it', () => {
    expect(() => resolveSaidAt('said yesterday', 'last Thursday')).toThrow(/"last Thursday"/);
  });
});

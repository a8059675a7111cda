// The input checks every mutation shares (src/core/validate.ts): each refusal is a
// BadUserInputError naming the field, and echoing the value or the bound it broke.

import {
  checkDateOrder,
  checkId,
  checkOneOf,
  checkRange,
  checkSearchText,
  checkUrl,
  checkWikidataId,
  isCalendarDate,
  MAX_SEARCH_CHARS,
  MAX_SEARCH_WORDS,
  MAX_TEXT_LENGTH,
  optionalDate,
  optionalId,
  optionalName,
  optionalText,
  parseIsoDate,
  requiredName,
  requiredText,
  uniqueNames,
} from '../../../src/core/validate';
import { BadUserInputError, ErrorCode } from '../../../src/domain/errors';

function refusal(check: () => unknown): BadUserInputError {
  try {
    check();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('the value was accepted');
}

/** The refusal's message and details ({field} and, where the check echoes it, {value}). */
function refused(check: () => unknown) {
  const error = refusal(check);
  expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
  return { message: error.message, details: error.details };
}

describe('calendar dates', () => {
  it.each(['2024-02-29', '2000-02-29', '2019-12-31', '2019-01-01', '1999-04-30', '9999-12-31'])(
    'accepts the real date %s',
    (date) => {
      expect(isCalendarDate(date)).toBe(true);
      expect(parseIsoDate(date, 'saidAt')).toBe(date);
    },
  );

  it.each([
    ['30 February', '2019-02-30'],
    ['29 February of a common year', '2023-02-29'],
    ['29 February of a century not divisible by 400', '1900-02-29'],
    ['month 13', '2019-13-01'],
    ['month 0', '2019-00-10'],
    ['day 0', '2019-01-00'],
    ['31 April', '2019-04-31'],
    ['day 32', '2019-01-32'],
    ['a one-digit month', '2019-1-01'],
    ['a date and time', '2019-01-01T00:00:00Z'],
    ['slashes', '2019/01/01'],
    ['padding', ' 2019-01-01'],
    ['a five-digit year', '20190-01-01'],
  ])('refuses %s', (_, date) => {
    expect(isCalendarDate(date)).toBe(false);
    expect(refused(() => parseIsoDate(date, 'saidAt'))).toEqual({
      message: `Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}`,
      details: { field: 'saidAt', value: date },
    });
  });

  it('refuses what is not a string at all', () => {
    for (const value of [20190101, null, undefined, new Date('2019-01-01'), ['2019-01-01']]) {
      expect(isCalendarDate(value)).toBe(false);
    }
    expect(refused(() => parseIsoDate(20190101, 'at'))).toEqual({
      message: 'Date must be a calendar date written YYYY-MM-DD, got 20190101',
      details: { field: 'at', value: 20190101 },
    });
  });

  it('names no field when none is given', () => {
    expect(refused(() => parseIsoDate('2019-02-30')).details).toEqual({ value: '2019-02-30' });
  });

  // Regression: isCalendarDate built the date with Date.UTC, which reads years 0-99 as
  // 1900-1999, so every date before the year 100 was refused although it is a real calendar
  // date (Neo4j's date() stores it).
  it('accepts a real date before the year 100, and refuses an impossible one', () => {
    expect(isCalendarDate('0044-03-15')).toBe(true);
    expect(isCalendarDate('0004-02-29')).toBe(true);
    expect(isCalendarDate('0001-02-29')).toBe(false);
  });

  it('leaves an absent optional date absent, and checks a given one', () => {
    expect(optionalDate('until', null)).toBeUndefined();
    expect(optionalDate('until', undefined)).toBeUndefined();
    expect(optionalDate('until', '2020-02-29')).toBe('2020-02-29');
    expect(refused(() => optionalDate('until', '2021-02-29')).details).toEqual({
      field: 'until',
      value: '2021-02-29',
    });
  });

  it('refuses a since after its until, showing both', () => {
    expect(refused(() => checkDateOrder('period', '2020-03-02', '2020-03-01'))).toEqual({
      message: 'period: since (2020-03-02) is after until (2020-03-01)',
      details: { field: 'period' },
    });
    expect(() => checkDateOrder('period', '2020-03-01', '2020-03-01')).not.toThrow();
    expect(() => checkDateOrder('period', '2020-03-01', '2020-03-02')).not.toThrow();
    expect(() => checkDateOrder('period', undefined, '2020-03-01')).not.toThrow();
    expect(() => checkDateOrder('period', '2020-03-01', undefined)).not.toThrow();
  });
});

describe('URLs', () => {
  it('normalises an http(s) URL so one page has one URL: host case, default port, dot segments, fragment', () => {
    expect(checkUrl('url', '  HTTPS://News.Example.COM:443/world/../politics/item?id=7#comments ')).toBe(
      'https://news.example.com/politics/item?id=7',
    );
    expect(checkUrl('url', 'http://example.org')).toBe('http://example.org/');
  });

  it('leaves an absent URL absent', () => {
    expect(checkUrl('url', null)).toBeUndefined();
    expect(checkUrl('url', undefined)).toBeUndefined();
  });

  it.each(['news/item/7', '//example.org/item', '', 'http://', 'https://exa mple.org/'])(
    'refuses %j, which is not an absolute URL',
    (value) => {
      expect(refused(() => checkUrl('sourceUrl', value))).toEqual({
        message: `sourceUrl must be an absolute http(s) URL, got ${JSON.stringify(value)}`,
        details: { field: 'sourceUrl', value },
      });
    },
  );

  it.each(['javascript:alert(1)', 'ftp://example.org/file', 'file:///etc/passwd', 'data:text/html,hi'])(
    'refuses %j, which is not http(s)',
    (value) => {
      expect(refused(() => checkUrl('sourceUrl', value))).toEqual({
        message: `sourceUrl must be an http(s) URL, got ${JSON.stringify(value)}`,
        details: { field: 'sourceUrl', value },
      });
    },
  );
});

describe('ids', () => {
  it.each(['actor:putin', 'stmt:2019-01-01.a_b~c', 'Q42', 'a', 'x'.repeat(200)])('accepts %s', (id) => {
    expect(checkId('id', id)).toBe(id);
  });

  it.each([
    ['empty', ''],
    ['too long', 'x'.repeat(201)],
    ['starting with punctuation', ':actor'],
    ['with a space', 'actor:vladimir putin'],
    ['with a slash', 'actor/1'],
    ['non-Latin', 'actor:习近平'],
  ])('refuses an id %s', (_, id) => {
    expect(refused(() => checkId('claimId', id))).toEqual({
      message: `claimId must be 1-200 letters, digits or :._~- starting with a letter or digit, got ${JSON.stringify(id)}`,
      details: { field: 'claimId', value: id },
    });
  });

  it('leaves an absent optional id absent, and checks a given one', () => {
    expect(optionalId('parentId', null)).toBeUndefined();
    expect(optionalId('parentId', 'claim:1')).toBe('claim:1');
    expect(refused(() => optionalId('parentId', 'claim 1')).details).toEqual({
      field: 'parentId',
      value: 'claim 1',
    });
  });

  it('accepts a Wikidata id like Q42 and refuses anything else', () => {
    expect(checkWikidataId('Q42')).toBe('Q42');
    expect(checkWikidataId(null)).toBeUndefined();
    for (const value of ['Q0', 'Q042', 'q42', 'P31', 'Q', 'Q42 ', 'https://www.wikidata.org/wiki/Q42']) {
      expect(refused(() => checkWikidataId(value))).toEqual({
        message: `wikidataId must look like Q42, got ${JSON.stringify(value)}`,
        details: { field: 'wikidataId', value },
      });
    }
  });
});

describe('free text', () => {
  it('trims and composes text (NFC), keeping tabs and line breaks inside it', () => {
    expect(requiredText('text', '  Cafe\u0301 policy\n\tis\r\nclear  ')).toBe('Café policy\n\tis\r\nclear');
  });

  it('refuses empty or blank required text, echoing it', () => {
    for (const value of ['', '   ', '\n\t']) {
      expect(refused(() => requiredText('text', value))).toEqual({
        message: 'text must not be empty',
        details: { field: 'text', value },
      });
    }
  });

  it('makes blank optional text absent', () => {
    expect(optionalText('note', null)).toBeUndefined();
    expect(optionalText('note', undefined)).toBeUndefined();
    expect(optionalText('note', ' \n ')).toBeUndefined();
    expect(optionalText('note', ' seen ')).toBe('seen');
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['escape', 'a\u001b[31mb'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['a vertical tab', 'a\u000bb'],
  ])('refuses a %s in text', (_, value) => {
    expect(refused(() => requiredText('text', value))).toEqual({
      message: 'text contains a control character',
      details: { field: 'text' },
    });
    expect(refused(() => optionalText('note', value)).message).toBe('note contains a control character');
  });

  it('refuses a lone surrogate, which has no UTF-8 form, but keeps a surrogate pair', () => {
    expect(refused(() => requiredText('text', 'a\ud800b'))).toEqual({
      message: 'text contains a lone surrogate (malformed UTF-16)',
      details: { field: 'text' },
    });
    expect(refused(() => requiredText('text', 'a\udc00')).message).toBe(
      'text contains a lone surrogate (malformed UTF-16)',
    );
    expect(requiredText('text', 'a😀b')).toBe('a😀b');
  });

  it('bounds required text at MAX_TEXT_LENGTH after trimming, and optional text at 2000', () => {
    expect(MAX_TEXT_LENGTH).toBe(20_000);
    expect(requiredText('text', ` ${'a'.repeat(MAX_TEXT_LENGTH)} `)).toHaveLength(MAX_TEXT_LENGTH);
    expect(refused(() => requiredText('text', 'a'.repeat(MAX_TEXT_LENGTH + 1)))).toEqual({
      message: `text must be at most ${MAX_TEXT_LENGTH} characters, got ${MAX_TEXT_LENGTH + 1}`,
      details: { field: 'text' },
    });
    expect(optionalText('note', 'a'.repeat(2_000))).toHaveLength(2_000);
    expect(refused(() => optionalText('note', 'a'.repeat(2_001))).message).toBe(
      'note must be at most 2000 characters, got 2001',
    );
  });

  it('takes a bound of the caller, counted after composition', () => {
    expect(requiredText('title', 'e\u0301'.repeat(10), 10)).toBe('é'.repeat(10));
    expect(refused(() => requiredText('title', 'abcdefghijk', 10)).message).toBe(
      'title must be at most 10 characters, got 11',
    );
  });
});

describe('names', () => {
  it('stores a name as normaliseName does: composed, one space, trimmed, invisible characters gone', () => {
    expect(requiredName('name', '  Jose\u0301 \u200bRamos\u00ad\u3000 ')).toBe('José Ramos');
    expect(requiredName('name', 'Хорватия\u2060')).toBe('Хорватия');
    expect(requiredName('name', 'محمد\u200f بن سلمان')).toBe('محمد بن سلمان');
  });

  it('keeps the joiners that scripts and emoji need between letters', () => {
    expect(requiredName('name', 'می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(requiredName('name', '👩\u200d🔬 Lab')).toBe('👩\u200d🔬 Lab');
  });

  it.each([
    ['zero-width space', '\u200b'],
    ['soft hyphen and word joiner', '\u00ad\u2060'],
    ['white space', '  \u00a0 '],
    ['combining marks alone', '\u0301\u0308'],
    ['nothing', ''],
  ])('refuses a required name of only %s, which shows nothing', (_, value) => {
    expect(refused(() => requiredName('name', value))).toEqual({
      message: 'name must not be empty (it has no visible character)',
      details: { field: 'name', value },
    });
    expect(optionalName('name', value)).toBeUndefined();
  });

  it.each([
    ['a line feed', 'Vladimir\nPutin'],
    ['a tab', 'Vladimir\tPutin'],
    ['NUL', 'Putin\u0000'],
    ['a C1 control', 'Putin\u009b'],
  ])('refuses a name with %s', (_, value) => {
    expect(refused(() => requiredName('name', value))).toEqual({
      message: 'name contains a control character',
      details: { field: 'name' },
    });
  });

  it.each([
    ['a right-to-left override', 'Ministry\u202eyrtsiniM'],
    ['a left-to-right embedding', '\u202aMinistry'],
    ['a pop directional formatting', 'Ministry\u202c'],
    ['a first-strong isolate', 'Ministry\u2068 of Defence\u2069'],
  ])('refuses a name with %s, which reorders what a reader sees', (_, value) => {
    expect(refused(() => requiredName('name', value))).toEqual({
      message: 'name contains a bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069)',
      details: { field: 'name' },
    });
    expect(refused(() => optionalName('title', value)).details).toEqual({ field: 'title' });
  });

  it('refuses a lone surrogate in a name', () => {
    expect(refused(() => requiredName('name', 'Putin\udfff')).message).toBe(
      'name contains a lone surrogate (malformed UTF-16)',
    );
  });

  it('bounds a name at 300 characters once normalised, or at the bound given', () => {
    expect(requiredName('name', `${'a'.repeat(300)}\u200b\u200b`)).toHaveLength(300);
    expect(refused(() => requiredName('name', 'a'.repeat(301)))).toEqual({
      message: 'name must be at most 300 characters, got 301',
      details: { field: 'name' },
    });
    expect(refused(() => optionalName('role', 'a b c', 4)).message).toBe(
      'role must be at most 4 characters, got 5',
    );
  });

  it('leaves an absent optional name absent', () => {
    expect(optionalName('role', null)).toBeUndefined();
    expect(optionalName('role', undefined)).toBeUndefined();
    expect(optionalName('role', ' Spokesperson ')).toBe('Spokesperson');
  });

  it('keeps one of each alias by name key, in order, dropping blanks', () => {
    expect(
      uniqueNames('aliases', ['Putin', ' putin ', '\u200b', 'V. Putin', 'PUTIN', 'Путин', 'v.  putin']),
    ).toEqual(['Putin', 'V. Putin', 'Путин']);
    expect(uniqueNames('aliases', [])).toEqual([]);
  });

  it('names the alias at fault by its index', () => {
    expect(refused(() => uniqueNames('aliases', ['Putin', 'Pu\u202etin']))).toEqual({
      message: 'aliases[1] contains a bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069)',
      details: { field: 'aliases[1]' },
    });
    expect(refused(() => uniqueNames('aliases', ['a', 'b', 'c'.repeat(11)], 10)).message).toBe(
      'aliases[2] must be at most 10 characters, got 11',
    );
  });
});

describe('choices and ranges', () => {
  const STANCES = ['SUPPORTS', 'OPPOSES', 'NEUTRAL'] as const;

  it('accepts one of the allowed values, exactly as written', () => {
    expect(checkOneOf('position', 'OPPOSES', STANCES)).toBe('OPPOSES');
  });

  it.each(['opposes', 'OPPOSES ', '', 'AGAINST'])('refuses %j, listing what is allowed', (value) => {
    expect(refused(() => checkOneOf('position', value, STANCES))).toEqual({
      message: `position must be one of SUPPORTS, OPPOSES, NEUTRAL, got ${JSON.stringify(value)}`,
      details: { field: 'position', value },
    });
  });

  it('accepts a number within its bounds, the bounds included', () => {
    expect(checkRange('confidence', 0, 0, 1)).toBe(0);
    expect(checkRange('confidence', 0.5, 0, 1)).toBe(0.5);
    expect(checkRange('confidence', 1, 0, 1)).toBe(1);
  });

  it.each([
    [1.01, '1.01'],
    [-0.1, '-0.1'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('refuses %p, showing the bounds and the value', (value, shown) => {
    expect(refused(() => checkRange('confidence', value, 0, 1))).toEqual({
      message: `confidence must be between 0 and 1, got ${shown}`,
      details: { field: 'confidence', value },
    });
  });
});

describe('search text', () => {
  const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`).join(' ');

  it('bounds search text at 64 words and 1000 characters', () => {
    expect(MAX_SEARCH_WORDS).toBe(64);
    expect(MAX_SEARCH_CHARS).toBe(1000);
  });

  it('accepts as many words as the index takes clauses, however they are spaced', () => {
    const text = `  ${words(MAX_SEARCH_WORDS).replace(/ /g, ' \n\t ')}  `;
    expect(checkSearchText('search', text)).toBe(text);
  });

  it('refuses one word more, counting the words', () => {
    expect(refused(() => checkSearchText('search', words(MAX_SEARCH_WORDS + 1)))).toEqual({
      message: 'search must be at most 64 words, got 65',
      details: { field: 'search' },
    });
  });

  it('accepts 1000 characters and refuses 1001, counting them', () => {
    expect(checkSearchText('filter.text', 'a'.repeat(MAX_SEARCH_CHARS))).toHaveLength(MAX_SEARCH_CHARS);
    expect(refused(() => checkSearchText('filter.text', 'a'.repeat(MAX_SEARCH_CHARS + 1)))).toEqual({
      message: 'filter.text must be at most 1000 characters, got 1001',
      details: { field: 'filter.text' },
    });
  });

  it('counts white space toward the characters but not toward the words', () => {
    expect(checkSearchText('search', ' '.repeat(MAX_SEARCH_CHARS))).toHaveLength(MAX_SEARCH_CHARS);
    expect(refused(() => checkSearchText('search', `sanctions${' '.repeat(MAX_SEARCH_CHARS)}`)).message).toBe(
      'search must be at most 1000 characters, got 1009',
    );
  });

  it('returns the text as given, not trimmed or folded', () => {
    expect(checkSearchText('search', '  Ελλάδα  OR  Cafe\u0301 ')).toBe('  Ελλάδα  OR  Cafe\u0301 ');
  });
});

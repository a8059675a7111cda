// Input checks shared by the mutations. Each failure names the field and echoes the value.

import { BadUserInputError } from '../domain/errors';
import { BIDI_CONTROL, CONTROL, nameKey, normaliseName } from '../domain/names';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:._~-]{0,199}$/;
const WIKIDATA_PATTERN = /^Q[1-9]\d*$/;
export const MAX_TEXT_LENGTH = 20_000;

/**
 * Text as JavaScript holds it may not be storable: a lone surrogate half has no UTF-8 form
 * (the driver would silently write U+FFFD), so it is refused, not replaced.
 */
const LONE_SURROGATE = /\p{Surrogate}/u;

function wellFormed(field: string, value: string): string {
  if (LONE_SURROGATE.test(value)) {
    throw new BadUserInputError(`${field} contains a lone surrogate (malformed UTF-16)`, field);
  }
  return value.normalize('NFC');
}

/** Controls other than tab, line feed and carriage return have no place in stored text. */
const TEXT_CONTROL = /(?![\t\n\r])\p{Cc}/u;

function checkedText(field: string, value: string, max: number): string {
  const text = wellFormed(field, value).trim();
  if (TEXT_CONTROL.test(text)) {
    throw new BadUserInputError(`${field} contains a control character`, field);
  }
  if (text.length > max) {
    throw new BadUserInputError(`${field} must be at most ${max} characters, got ${text.length}`, field);
  }
  return text;
}

/** Free text (a quote, a claim, an article): NFC, no lone surrogates, no control characters. */
export function requiredText(field: string, value: string, max = MAX_TEXT_LENGTH): string {
  const text = checkedText(field, value, max);
  if (text.length === 0) throw new BadUserInputError(`${field} must not be empty`, field, value);
  return text;
}

export function optionalText(
  field: string,
  value: string | null | undefined,
  max = 2_000,
): string | undefined {
  if (value == null) return undefined;
  const text = checkedText(field, value, max);
  return text.length > 0 ? text : undefined;
}

/**
 * A one-line name (an actor, an alias, a title, a role): as normaliseName stores it, with
 * control and bidi-override characters refused, since they change what a reader sees.
 * Undefined when nothing visible is left.
 */
function checkedName(field: string, value: string, max: number): string | undefined {
  const text = wellFormed(field, value);
  if (CONTROL.test(text)) throw new BadUserInputError(`${field} contains a control character`, field);
  if (BIDI_CONTROL.test(text)) {
    throw new BadUserInputError(
      `${field} contains a bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069)`,
      field,
    );
  }
  const name = normaliseName(text);
  if (name.length > max) {
    throw new BadUserInputError(`${field} must be at most ${max} characters, got ${name.length}`, field);
  }
  return name.length > 0 ? name : undefined;
}

export function requiredName(field: string, value: string, max = 300): string {
  const name = checkedName(field, value, max);
  if (name === undefined) {
    throw new BadUserInputError(`${field} must not be empty (it has no visible character)`, field, value);
  }
  return name;
}

export function optionalName(field: string, value: string | null | undefined, max = 300): string | undefined {
  return value == null ? undefined : checkedName(field, value, max);
}

/** Names given as a list (aliases): each checked, blanks dropped, one per name key, in order. */
export function uniqueNames(field: string, values: readonly string[], max = 300): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  values.forEach((value, index) => {
    const name = checkedName(`${field}[${index}]`, value, max);
    if (name === undefined || seen.has(nameKey(name))) return;
    seen.add(nameKey(name));
    names.push(name);
  });
  return names;
}

export function checkId(field: string, value: string): string {
  if (!ID_PATTERN.test(value)) {
    throw new BadUserInputError(
      `${field} must be 1-200 letters, digits or :._~- starting with a letter or digit, got ${JSON.stringify(value)}`,
      field,
      value,
    );
  }
  return value;
}

export function optionalId(field: string, value: string | null | undefined): string | undefined {
  return value == null ? undefined : checkId(field, value);
}

export function checkWikidataId(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  if (!WIKIDATA_PATTERN.test(value)) {
    throw new BadUserInputError(
      `wikidataId must look like Q42, got ${JSON.stringify(value)}`,
      'wikidataId',
      value,
    );
  }
  return value;
}

/** An absolute http(s) URL, returned in its normalised form so the same page has one URL. */
export function checkUrl(field: string, value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new BadUserInputError(
      `${field} must be an absolute http(s) URL, got ${JSON.stringify(value)}`,
      field,
      value,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BadUserInputError(
      `${field} must be an http(s) URL, got ${JSON.stringify(value)}`,
      field,
      value,
    );
  }
  url.hash = '';
  return url.toString();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD ("2019-02-30" is not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Accepts only real calendar dates written YYYY-MM-DD ("2019-02-30" is rejected). */
export function parseIsoDate(value: unknown, field?: string): string {
  if (isCalendarDate(value)) return value;
  throw new BadUserInputError(
    `Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
    field,
    value,
  );
}

export function optionalDate(field: string, value: string | null | undefined): string | undefined {
  return value == null ? undefined : parseIsoDate(value, field);
}

export function checkDateOrder(field: string, since: string | undefined, until: string | undefined): void {
  if (since && until && since > until) {
    throw new BadUserInputError(`${field}: since (${since}) is after until (${until})`, field);
  }
}

export function checkOneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new BadUserInputError(
      `${field} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
      field,
      value,
    );
  }
  return value as T;
}

export function checkRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new BadUserInputError(`${field} must be between ${min} and ${max}, got ${value}`, field, value);
  }
  return value;
}

/** Full-text input: the index takes one clause per word, so a bounded number of words. */
export const MAX_SEARCH_WORDS = 64;
export const MAX_SEARCH_CHARS = 1000;

/** Text to look words up by (search, filter.text, filter.title): at most so many words and characters. */
export function checkSearchText(field: string, value: string): string {
  if (value.length > MAX_SEARCH_CHARS) {
    throw new BadUserInputError(
      `${field} must be at most ${MAX_SEARCH_CHARS} characters, got ${value.length}`,
      field,
    );
  }
  const words = value.split(/\s+/).filter((word) => word.length > 0).length;
  if (words > MAX_SEARCH_WORDS) {
    throw new BadUserInputError(`${field} must be at most ${MAX_SEARCH_WORDS} words, got ${words}`, field);
  }
  return value;
}

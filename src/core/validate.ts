// Input checks shared by the mutations. Each failure names the field and echoes the value.

import { BadUserInputError } from '../domain/errors';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:._~-]{0,199}$/;
const WIKIDATA_PATTERN = /^Q[1-9]\d*$/;
export const MAX_TEXT_LENGTH = 20_000;

export function requiredText(field: string, value: string, max = MAX_TEXT_LENGTH): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new BadUserInputError(`${field} must not be empty`, field, value);
  if (trimmed.length > max) {
    throw new BadUserInputError(`${field} must be at most ${max} characters, got ${trimmed.length}`, field);
  }
  return trimmed;
}

export function optionalText(
  field: string,
  value: string | null | undefined,
  max = 2_000,
): string | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed.length > max) {
    throw new BadUserInputError(`${field} must be at most ${max} characters, got ${trimmed.length}`, field);
  }
  return trimmed.length > 0 ? trimmed : undefined;
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

/** Accepts only real calendar dates written YYYY-MM-DD ("2019-02-30" is rejected). */
export function parseIsoDate(value: unknown, field?: string): string {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
        return value;
      }
    }
  }
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

export function uniqueStrings(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))];
}

/** A readable id slug: "Jens Stoltenberg" -> "jens-stoltenberg". */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'x'
  );
}

// Reported speech that quotes a fragment of the speaker's own words ("urged the US to adopt 5G
// “and even 6G” technologies") came through the same channel as the full quote holding that
// fragment (the tweet): it borrows that quote's intermediary and date.

import type { ExtractedStatement } from './types';

const QUOTED_FRAGMENT = /[“"]([^”"]+)[”"]/g;
const MIN_FRAGMENT_WORDS = 2;

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function fragments(text: string): string[] {
  return [...text.matchAll(QUOTED_FRAGMENT)]
    .map((match) => fold(match[1] ?? ''))
    .filter((fragment) => fragment.split(' ').length >= MIN_FRAGMENT_WORDS);
}

export function borrowChannels(statements: ExtractedStatement[]): ExtractedStatement[] {
  return statements.map((statement) => {
    if (statement.direct || statement.intermediary) return statement;
    const quoted = fragments(statement.text);
    if (quoted.length === 0) return statement;
    const source = statements.find(
      (other) =>
        other.direct &&
        other.intermediary !== undefined &&
        other.speaker.name === statement.speaker.name &&
        quoted.some((fragment) => fold(other.text).includes(fragment)),
    );
    if (!source?.intermediary) return statement;
    return {
      ...statement,
      intermediary: source.intermediary,
      ...(statement.saidAt === undefined && source.saidAt !== undefined
        ? {
            saidAt: source.saidAt,
            ...(source.saidAtPrecision ? { saidAtPrecision: source.saidAtPrecision } : {}),
          }
        : {}),
    };
  });
}

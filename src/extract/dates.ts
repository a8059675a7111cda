// When the words were said: a date phrase in the attribution ("tweeted last month", "said on
// Tuesday"), resolved against the publication date with chrono-node (past readings only).
// Precision convention: a month-level phrase gives the first of that month, a year-level one
// 1 January, with saidAtPrecision saying so.

import * as chrono from 'chrono-node';
import type { DatePrecision } from './types';

// A cheap gate before chrono: most attributions name no date. Month names must be capitalised
// ("may" and "march" are verbs too).
const DATE_WORDS =
  /\b(?:yesterday|today|tonight|ago|(?:last|this|next|earlier this|later this)\s+(?:week(?:end)?|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|[a-z]+day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{4})\b/i;
const MONTHS =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;

const WEEK = /^(?:last|this|next|earlier this|later this)\s+week$/i;

export interface SaidAt {
  saidAt: string;
  precision: DatePrecision;
}

export function resolveSaidAt(phrase: string, publishedAt: string | undefined): SaidAt | undefined {
  if (!publishedAt || !(DATE_WORDS.test(phrase) || MONTHS.test(phrase))) return undefined;
  const reference = new Date(`${publishedAt.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(reference.getTime())) {
    throw new Error(
      `ArticleInput.publishedAt must be an ISO date (YYYY-MM-DD); got ${JSON.stringify(publishedAt)}`,
    );
  }
  const [result] = chrono.parse(phrase, { instant: reference, timezone: 0 }, { forwardDate: false });
  // "said last week" names a week, which no day, month or year precision states (chrono reads
  // it as the day a week back).
  if (!result || WEEK.test(result.text)) return undefined;
  const c = result.start;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return undefined;
  const precision: DatePrecision =
    c.isCertain('day') || c.isCertain('weekday')
      ? 'day'
      : c.isCertain('month')
        ? 'month'
        : c.isCertain('year')
          ? 'year'
          : 'day';
  const iso = (y: number, m: number, d: number): string =>
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // Words are said before they are published: a weekday or a month read forward is last week's
  // or last year's.
  let date = new Date(Date.UTC(year, month - 1, day, 12));
  if (date > reference) {
    if (c.isCertain('weekday') && !c.isCertain('day')) date = new Date(date.getTime() - 7 * DAY);
    else if (precision === 'month') date = new Date(Date.UTC(year - 1, month - 1, day, 12));
    else return undefined;
  }
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  if (precision === 'month') return { saidAt: iso(y, m, 1), precision };
  if (precision === 'year') return { saidAt: iso(y, 1, 1), precision };
  return { saidAt: iso(y, m, d), precision };
}

const DAY = 24 * 60 * 60 * 1000;

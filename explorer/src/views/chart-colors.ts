// Polarity colours readable by people with the common colour-vision deficiencies
// (blue/orange, not green/red), with grey for neutral and purple for mixed.
export const POLARITY_DOMAIN = ['SUPPORT', 'OPPOSE', 'NEUTRAL', 'MIXED'];
export const POLARITY_RANGE = ['#1f6fb2', '#d9731a', '#8a8a8a', '#7b4fa0'];

/** A calendar date as the UTC midnight Plot's time scale places. */
export function day(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A time domain that is never a single instant: a lone date gets a month either side. */
export function timeDomain(first: string, last: string): [Date, Date] {
  const start = day(first);
  const end = day(last);
  if (end.getTime() - start.getTime() >= 7 * 86_400_000) return [start, end];
  const month = 30 * 86_400_000;
  return [new Date(start.getTime() - month), new Date(end.getTime() + month)];
}

// An actor's stances as marks on a timeline: one lane per target (topic or actor), a mark per
// piece of dated evidence (linking to it), and a band from `since` to `until` (or to the last
// date shown) where the stance is dated. Pure: the chart draws what this returns.

export type Polarity = 'SUPPORT' | 'OPPOSE' | 'NEUTRAL' | 'MIXED';

export interface StanceInput {
  id: string;
  about: string;
  polarity: Polarity;
  since?: string | null;
  until?: string | null;
  evidence: { id: string; text: string; date?: string | null }[];
}

export interface StanceMark {
  lane: string;
  date: string;
  polarity: Polarity;
  statementId: string;
  text: string;
}

export interface StanceBand {
  lane: string;
  start: string;
  end: string;
  polarity: Polarity;
}

export interface StanceTimeline {
  lanes: string[];
  marks: StanceMark[];
  bands: StanceBand[];
  /** the earliest and latest date on the chart; null when nothing is dated */
  extent: [string, string] | null;
  /** stances with no date anywhere: the chart cannot place them, the table lists them */
  undated: StanceInput[];
}

export function stanceTimeline(stances: StanceInput[]): StanceTimeline {
  const marks: StanceMark[] = [];
  const undated: StanceInput[] = [];
  const dates: string[] = [];
  for (const stance of stances) {
    const dated = stance.evidence.filter((evidence) => evidence.date);
    for (const evidence of dated) {
      marks.push({
        lane: stance.about,
        date: evidence.date as string,
        polarity: stance.polarity,
        statementId: evidence.id,
        text: evidence.text,
      });
      dates.push(evidence.date as string);
    }
    if (stance.since) dates.push(stance.since);
    if (stance.until) dates.push(stance.until);
    if (dated.length === 0 && !stance.since && !stance.until) undated.push(stance);
  }
  dates.sort();
  const extent: [string, string] | null = dates.length
    ? [dates[0] as string, dates[dates.length - 1] as string]
    : null;
  const bands: StanceBand[] = [];
  if (extent) {
    for (const stance of stances) {
      if (!stance.since) continue;
      bands.push({
        lane: stance.about,
        start: stance.since,
        end: stance.until ?? extent[1],
        polarity: stance.polarity,
      });
    }
  }
  const lanes = [...new Set([...marks.map((mark) => mark.lane), ...bands.map((band) => band.lane)])];
  return { lanes, marks, bands, extent, undated };
}

// The explorer's one chart shape: time across, one lane per thing (a stance's target, an outlet),
// a dot per dated event that links to its page, optional bands for spans. Observable Plot draws
// it as SVG, so every dot is a real, focusable link.

import * as Plot from '@observablehq/plot';
import { h } from '../dom';
import { label } from '../format';

export interface LaneDot {
  lane: string;
  date: string;
  /** what the colour encodes (polarity, source kind) */
  group: string;
  href: string;
  title: string;
}

export interface LaneBand {
  lane: string;
  start: string;
  end: string;
  group: string;
}

export interface LaneChartOptions {
  /** the figure's accessible name */
  name: string;
  /** said instead of a chart when nothing is dated */
  emptyText: string;
  lanes: string[];
  dots: LaneDot[];
  bands?: LaneBand[];
  /** colours by group, in legend order; default Tableau10 over the groups present */
  colors?: { domain: string[]; range: string[] };
  width: number;
}

const MAX_LANE_CHARS = 36;

/** A calendar date as the UTC midnight Plot's time scale places. */
function day(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A time domain that is never a single instant: a lone date gets a month either side. */
function timeDomain(dates: string[]): [Date, Date] {
  const sorted = [...dates].sort();
  const start = day(sorted[0] as string);
  const end = day(sorted[sorted.length - 1] as string);
  if (end.getTime() - start.getTime() >= 7 * 86_400_000) return [start, end];
  const month = 30 * 86_400_000;
  return [new Date(start.getTime() - month), new Date(end.getTime() + month)];
}

export function laneChart({
  name,
  emptyText,
  lanes,
  dots,
  bands = [],
  colors,
  width,
}: LaneChartOptions): HTMLElement {
  const figure = h('figure', { class: 'chart', 'aria-label': name, role: 'figure' });
  const dates = [...dots.map((dot) => dot.date), ...bands.flatMap((band) => [band.start, band.end])];
  if (dates.length === 0 || lanes.length === 0) {
    figure.append(h('p', { class: 'empty' }, emptyText));
    return figure;
  }
  // Below this the lane names move above their lanes instead of taking a third of the width.
  const narrow = width < 560;
  // Room for the longest lane name (about 7 px a character at 12 px), within reason; longer
  // names are cut, in full in the table below the chart.
  const longest = Math.max(...lanes.map((lane) => Math.min(lane.length, MAX_LANE_CHARS)));
  const marginLeft = narrow ? 10 : Math.min(16 + 7 * longest, 280);
  const laneLabel = (lane: string) =>
    lane.length > MAX_LANE_CHARS ? `${lane.slice(0, MAX_LANE_CHARS - 1)}…` : lane;
  const groups = colors ?? { domain: [...new Set(dots.map((dot) => dot.group))], range: undefined };
  figure.append(
    Plot.plot({
      width,
      height: 56 + 42 * lanes.length,
      marginLeft,
      marginRight: 24,
      style: { fontSize: '12px' },
      x: { type: 'utc', domain: timeDomain(dates), label: null, grid: true, inset: 12 },
      y: { domain: lanes, label: null, axis: narrow ? null : 'left', tickFormat: laneLabel },
      color: {
        domain: groups.domain,
        ...(groups.range ? { range: groups.range } : { scheme: 'Tableau10' }),
        legend: true,
        tickFormat: label,
      },
      marks: [
        Plot.barX(bands, {
          x1: (band: LaneBand) => day(band.start),
          x2: (band: LaneBand) => day(band.end),
          y: 'lane',
          fill: 'group',
          fillOpacity: 0.2,
          insetTop: 12,
          insetBottom: 12,
        }),
        ...(narrow
          ? [Plot.text(lanes, { y: (lane) => lane, frameAnchor: 'left', dy: -14, dx: 4, fontSize: 12 })]
          : []),
        Plot.dot(dots, {
          x: (dot: LaneDot) => day(dot.date),
          y: 'lane',
          fill: 'group',
          r: 7,
          stroke: 'white',
          href: 'href',
          title: 'title',
        }),
      ],
    }),
  );
  return figure;
}

import * as Plot from '@observablehq/plot';
import { h } from '../dom';
import { formatDate, label } from '../format';
import type { StanceTimeline } from '../model/stance-marks';
import { pageUrl } from '../routes';
import { day, POLARITY_DOMAIN, POLARITY_RANGE, timeDomain } from './chart-colors';

/** The stance timeline: one lane per target, polarity over time, each mark a link to its evidence. */
export function stanceTimelineChart(timeline: StanceTimeline, width: number): HTMLElement {
  const figure = h('figure', { class: 'chart', 'aria-label': 'Stance timeline', role: 'figure' });
  if (!timeline.extent || timeline.lanes.length === 0) {
    figure.append(h('p', { class: 'empty' }, 'No dated stance evidence to place on a timeline.'));
    return figure;
  }
  const narrow = width < 560;
  const chart = Plot.plot({
    width,
    height: 56 + 44 * timeline.lanes.length,
    marginLeft: narrow ? 10 : 170,
    marginRight: 24,
    style: { fontSize: '12px' },
    x: { type: 'utc', domain: timeDomain(...timeline.extent), label: null, grid: true, inset: 12 },
    y: { domain: timeline.lanes, label: null, axis: narrow ? null : 'left' },
    color: { domain: POLARITY_DOMAIN, range: POLARITY_RANGE, legend: true, tickFormat: label },
    marks: [
      Plot.barX(timeline.bands, {
        x1: (band) => day(band.start),
        x2: (band) => day(band.end),
        y: 'lane',
        fill: 'polarity',
        fillOpacity: 0.2,
        insetTop: 12,
        insetBottom: 12,
        ariaLabel: 'stance held',
      }),
      ...(narrow
        ? [
            Plot.text(timeline.lanes, {
              y: (lane) => lane,
              frameAnchor: 'left',
              dy: -14,
              dx: 4,
              fontSize: 12,
            }),
          ]
        : []),
      Plot.dot(timeline.marks, {
        x: (mark) => day(mark.date),
        y: 'lane',
        fill: 'polarity',
        r: 7,
        stroke: 'white',
        href: (mark) => pageUrl('statement', mark.statementId),
        title: (mark) => `${label(mark.polarity)} on ${mark.lane}, ${formatDate(mark.date)}: “${mark.text}”`,
        ariaLabel: 'evidence',
      }),
    ],
  });
  figure.append(chart);
  return figure;
}

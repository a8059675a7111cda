import * as Plot from '@observablehq/plot';
import { h } from '../dom';
import { formatDate, label } from '../format';
import { pageUrl } from '../routes';
import { day, timeDomain } from './chart-colors';

export interface Appearance {
  id: string;
  kind: string;
  title?: string | null;
  publishedAt: string;
  outlet: string;
}

/** The spread chart: each dated appearance of the claim, one lane per outlet, earliest at left. */
export function spreadChart(appearances: Appearance[], width: number): HTMLElement {
  const figure = h('figure', {
    class: 'chart',
    'aria-label': 'Spread of the claim over time by outlet',
    role: 'figure',
  });
  if (appearances.length === 0) {
    figure.append(h('p', { class: 'empty' }, 'No dated appearances to chart.'));
    return figure;
  }
  const dates = appearances.map((appearance) => appearance.publishedAt).sort();
  const outlets = [...new Set(appearances.map((appearance) => appearance.outlet))];
  const narrow = width < 560;
  figure.append(
    Plot.plot({
      width,
      height: 56 + 36 * outlets.length,
      marginLeft: narrow ? 10 : 170,
      marginRight: 24,
      style: { fontSize: '12px' },
      x: {
        type: 'utc',
        domain: timeDomain(dates[0] as string, dates[dates.length - 1] as string),
        label: null,
        grid: true,
      },
      y: { domain: outlets, label: null, axis: narrow ? null : 'left' },
      color: {
        domain: [...new Set(appearances.map((appearance) => appearance.kind))],
        scheme: 'Tableau10',
        legend: true,
        tickFormat: label,
      },
      marks: [
        ...(narrow
          ? [Plot.text(outlets, { y: (outlet) => outlet, frameAnchor: 'left', dy: -12, dx: 4, fontSize: 12 })]
          : []),
        Plot.dot(appearances, {
          x: (appearance) => day(appearance.publishedAt),
          y: 'outlet',
          fill: 'kind',
          r: 7,
          stroke: 'white',
          href: (appearance) => pageUrl('source', appearance.id),
          title: (appearance) =>
            `${appearance.title ?? label(appearance.kind)} (${appearance.outlet}), ${formatDate(appearance.publishedAt)}`,
          ariaLabel: 'appearance',
        }),
      ],
    }),
  );
  return figure;
}

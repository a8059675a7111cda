import { formatDate, label } from '../format';
import { pageUrl } from '../routes';
import { laneChart } from './lane-chart';

export interface Appearance {
  id: string;
  kind: string;
  title?: string | null;
  publishedAt: string;
  outlet: string;
}

/** The spread chart: each dated appearance of the claim, one lane per outlet, earliest at left. */
export function spreadChart(appearances: Appearance[], width: number): HTMLElement {
  return laneChart({
    name: 'Spread of the claim over time by outlet',
    emptyText: 'No dated appearances to chart.',
    lanes: [...new Set(appearances.map((appearance) => appearance.outlet))],
    dots: appearances.map((appearance) => ({
      lane: appearance.outlet,
      date: appearance.publishedAt,
      group: appearance.kind,
      href: pageUrl('source', appearance.id),
      title: `${appearance.title ?? label(appearance.kind)} (${appearance.outlet}), ${formatDate(appearance.publishedAt)}`,
    })),
    width,
  });
}

import { formatDate, label } from '../format';
import type { StanceTimeline } from '../model/stance-marks';
import { pageUrl } from '../routes';
import { laneChart } from './lane-chart';

// Colours readable with the common colour-vision deficiencies (blue/orange, not green/red).
const POLARITY_COLORS = {
  domain: ['SUPPORT', 'OPPOSE', 'NEUTRAL', 'MIXED'],
  range: ['#1f6fb2', '#d9731a', '#8a8a8a', '#7b4fa0'],
};

/** The stance timeline: one lane per target, polarity over time, each mark a link to its evidence. */
export function stanceTimelineChart(timeline: StanceTimeline, width: number): HTMLElement {
  return laneChart({
    name: 'Stance timeline',
    emptyText: 'No dated stance evidence to place on a timeline.',
    lanes: timeline.lanes,
    dots: timeline.marks.map((mark) => ({
      lane: mark.lane,
      date: mark.date,
      group: mark.polarity,
      href: pageUrl('statement', mark.statementId),
      title: `${label(mark.polarity)} on ${mark.lane}, ${formatDate(mark.date)}: “${mark.text}”`,
    })),
    bands: timeline.bands.map((band) => ({ ...band, group: band.polarity })),
    colors: POLARITY_COLORS,
    width,
  });
}

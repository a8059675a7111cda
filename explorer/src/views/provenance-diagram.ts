import dagre from '@dagrejs/dagre';
import { h, s } from '../dom';
import type { ProvenanceEdge, ProvenanceNode } from '../model/provenance-graph';
import { pageUrl } from '../routes';

const NODE_WIDTH = 240;
const LINE_HEIGHT = 18;
const PADDING = 10;
const MAX_CHARS = 28;

function clip(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

function pathOf(points: { x: number; y: number }[]): string {
  return points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`)
    .join(' ');
}

/**
 * The provenance diagram: a box per step (speaker, each intermediary, the publication), laid
 * out by dagre left to right (top to bottom on a narrow screen) for chains of any length, each
 * box a link to the actor's or source's page.
 */
export function provenanceDiagram(
  graph: { nodes: ProvenanceNode[]; edges: ProvenanceEdge[] },
  { label, narrow }: { label: string; narrow: boolean },
): HTMLElement {
  const layout = new dagre.graphlib.Graph();
  layout.setGraph({
    rankdir: narrow ? 'TB' : 'LR',
    nodesep: 24,
    ranksep: narrow ? 48 : 90,
    marginx: 8,
    marginy: 8,
  });
  layout.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) {
    layout.setNode(node.id, { width: NODE_WIDTH, height: PADDING * 2 + LINE_HEIGHT * node.lines.length });
  }
  for (const edge of graph.edges) {
    layout.setEdge(edge.from, edge.to, {
      label: edge.label,
      width: 7 * edge.label.length + 8,
      height: 16,
      labelpos: 'c',
    });
  }
  dagre.layout(layout);
  const size = layout.graph();
  const width = Math.ceil(size.width ?? NODE_WIDTH);
  const height = Math.ceil(size.height ?? 60);
  const svg = s('svg', {
    class: 'provenance',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    'aria-label': label,
    role: 'group',
  });
  svg.append(
    s(
      'defs',
      {},
      s(
        'marker',
        {
          id: 'arrow',
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: 'auto-start-reverse',
        },
        s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }),
      ),
    ),
  );
  for (const edge of graph.edges) {
    const placed = layout.edge(edge.from, edge.to);
    svg.append(
      s(
        'g',
        { class: 'edge' },
        s('path', { d: pathOf(placed.points ?? []), 'marker-end': 'url(#arrow)' }),
        placed.x !== undefined && placed.y !== undefined
          ? s('text', { x: placed.x, y: placed.y + 4, 'text-anchor': 'middle' }, edge.label)
          : null,
      ),
    );
  }
  for (const node of graph.nodes) {
    const placed = layout.node(node.id);
    const left = placed.x - placed.width / 2;
    const top = placed.y - placed.height / 2;
    const box = s(
      'g',
      { class: `node ${node.role.toLowerCase()}` },
      s('rect', { x: left, y: top, width: placed.width, height: placed.height, rx: 6 }),
      ...node.lines.map((line, index) =>
        s(
          'text',
          {
            x: left + PADDING,
            y: top + PADDING + LINE_HEIGHT * (index + 1) - 5,
            class: index === 0 ? 'role' : index === 1 ? 'name' : 'detail',
          },
          clip(line),
        ),
      ),
    );
    const description = node.lines.filter(Boolean).join(', ');
    svg.append(
      node.link
        ? s(
            'a',
            { href: pageUrl(node.link.page, node.link.id), 'aria-label': description },
            s('title', {}, description),
            box,
          )
        : s('g', { 'aria-label': description }, box),
    );
  }
  return h('div', { class: 'diagram' }, svg);
}

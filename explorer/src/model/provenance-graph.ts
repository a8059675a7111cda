// A statement's trace (speaker, intermediaries, publication) as the nodes and edges of a
// diagram: what each box says and where it links. Pure: the layout library places them.

export interface TraceStep {
  position: number;
  role: 'SPEAKER' | 'INTERMEDIARY' | 'PUBLICATION';
  relation?: string | null;
  actor?: { id: string; name: string; kind: string } | null;
  source?: {
    id: string;
    kind: string;
    title?: string | null;
    publishedAt?: string | null;
    outlet?: { id: string; name: string } | null;
  } | null;
}

export interface ProvenanceNode {
  id: string;
  role: TraceStep['role'];
  /** the box's lines, most important first */
  lines: string[];
  /** the page the box links to */
  link: { page: 'actor' | 'source'; id: string } | null;
}

export interface ProvenanceEdge {
  from: string;
  to: string;
  label: string;
}

const ROLE_WORDS: Record<TraceStep['role'], string> = {
  SPEAKER: 'speaker',
  INTERMEDIARY: 'via',
  PUBLICATION: 'published in',
};

function words(value: string): string {
  return value.toLowerCase().replaceAll('_', ' ');
}

export function provenanceGraph(
  steps: TraceStep[],
  formatDate: (date: string | null | undefined) => string,
): { nodes: ProvenanceNode[]; edges: ProvenanceEdge[] } {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  const nodes = ordered.map((step): ProvenanceNode => {
    const id = `step-${step.position}`;
    if (step.role === 'SPEAKER' || !step.source) {
      return {
        id,
        role: step.role,
        lines: [
          `${ROLE_WORDS[step.role]} · ${words(step.actor?.kind ?? 'unknown')}`,
          step.actor?.name ?? 'unknown',
        ],
        link: step.actor ? { page: 'actor', id: step.actor.id } : null,
      };
    }
    const source = step.source;
    const name = source.title ?? source.outlet?.name ?? words(source.kind);
    return {
      id,
      role: step.role,
      lines: [
        `${ROLE_WORDS[step.role]} · ${words(source.kind)}`,
        name,
        // Outlet and date each on a line of their own: together they outgrow a box's width
        // ("The Independent · 14 Mar 2019"), and a clipped date loses its year.
        ...[source.title ? source.outlet?.name : null, formatDate(source.publishedAt)].filter(
          (line): line is string => Boolean(line),
        ),
      ],
      link: { page: 'source', id: source.id },
    };
  });
  const edges: ProvenanceEdge[] = [];
  for (let index = 1; index < ordered.length; index += 1) {
    const previous = ordered[index - 1] as TraceStep;
    const current = ordered[index] as TraceStep;
    edges.push({
      from: `step-${previous.position}`,
      to: `step-${current.position}`,
      label:
        previous.role === 'SPEAKER'
          ? words(previous.relation ?? 'said')
          : current.role === 'PUBLICATION'
            ? 'reported in'
            : 'passed to',
    });
  }
  return { nodes, edges };
}

import { provenanceGraph, type TraceStep } from '../../../explorer/src/model/provenance-graph';

const date = (value: string | null | undefined) => value ?? 'undated';

describe('provenanceGraph', () => {
  it('makes one box per step in chain order, whatever order the steps arrive in', () => {
    const steps: TraceStep[] = [
      {
        position: 2,
        role: 'PUBLICATION',
        relation: 'ARTICLE',
        source: {
          id: 's2',
          kind: 'ARTICLE',
          title: 'Story',
          publishedAt: '2019-03-14',
          outlet: { id: 'o2', name: 'The Independent' },
        },
      },
      {
        position: 0,
        role: 'SPEAKER',
        relation: 'tell',
        actor: { id: 'a', name: 'Ren Zhengfei', kind: 'PERSON' },
      },
      {
        position: 1,
        role: 'INTERMEDIARY',
        relation: 'INTERVIEW',
        source: {
          id: 's1',
          kind: 'INTERVIEW',
          title: null,
          publishedAt: null,
          outlet: { id: 'o1', name: 'CNN' },
        },
      },
    ];
    const graph = provenanceGraph(steps, date);
    expect(graph.nodes.map((node) => [node.id, node.link, node.lines])).toEqual([
      ['step-0', { page: 'actor', id: 'a' }, ['speaker · person', 'Ren Zhengfei']],
      ['step-1', { page: 'source', id: 's1' }, ['via · interview', 'CNN', 'undated']],
      [
        'step-2',
        { page: 'source', id: 's2' },
        ['published in · article', 'Story', 'The Independent', '2019-03-14'],
      ],
    ]);
    expect(graph.edges).toEqual([
      { from: 'step-0', to: 'step-1', label: 'tell' },
      { from: 'step-1', to: 'step-2', label: 'reported in' },
    ]);
  });

  it('chains any number of intermediaries', () => {
    const steps: TraceStep[] = [
      { position: 0, role: 'SPEAKER', relation: 'say', actor: { id: 'a', name: 'A', kind: 'PERSON' } },
      ...Array.from(
        { length: 10 },
        (_, index): TraceStep => ({
          position: index + 1,
          role: 'INTERMEDIARY',
          source: { id: `s${index}`, kind: 'WIRE_REPORT', outlet: { id: 'o', name: 'Wire' } },
        }),
      ),
      { position: 11, role: 'PUBLICATION', source: { id: 'p', kind: 'ARTICLE', title: 'P' } },
    ];
    const graph = provenanceGraph(steps, date);
    expect(graph.nodes).toHaveLength(12);
    expect(graph.edges.map((edge) => edge.label)).toEqual([
      'say',
      ...Array(9).fill('passed to'),
      'reported in',
    ]);
  });
});

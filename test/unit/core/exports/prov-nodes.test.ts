// Regression: a source met first as an intermediary (whose export row carries only its kind,
// date and outlet) was marked described, so when a later row published it, its headline, URL,
// author and derivations were never written: the PROV export lost them.

import { NAMESPACES, ProvMapper } from '../../../../src/core/exports/prov-nodes';
import type { ExportSource, StatementExportRow } from '../../../../src/core/exports/statement-rows';

const interview: ExportSource = {
  id: 'src:interview',
  kind: 'INTERVIEW',
  publishedAt: '2019-02-18',
  outlet: { id: 'actor:cnn', name: 'CNN' },
  derivedFrom: [],
};

const row = (id: string, source: ExportSource, via: ExportSource[]): StatementExportRow => ({
  id,
  text: 'Words',
  direct: true,
  cue: 'say',
  at: '2019-02-19',
  speaker: { id: 'actor:ren', name: 'Ren Zhengfei', kind: 'PERSON' },
  source,
  via,
  stances: [],
});

const propsOf = (nodes: ReturnType<ProvMapper['nodes']>, iri: string) =>
  nodes.filter((node) => node.id === iri).flatMap((node) => node.props.map(([predicate]) => predicate));

describe('ProvMapper', () => {
  it('regression: describes in full a source it met first as an intermediary', () => {
    const mapper = new ProvMapper('urn:cg:');
    const article: ExportSource = {
      id: 'src:article',
      kind: 'ARTICLE',
      title: 'An article',
      derivedFrom: [{ id: 'src:interview', relation: 'QUOTES' }],
    };
    const first = mapper.nodes(row('stmt:1', article, [interview]));
    expect(propsOf(first, 'urn:cg:src:interview')).toContain(`${NAMESPACES.cgv}sourceKind`);
    expect(propsOf(first, 'urn:cg:src:interview')).not.toContain(`${NAMESPACES.schema}headline`);

    const whole = { ...interview, title: 'The interview', url: 'https://cnn.example/i', author: 'A. Host' };
    const later = mapper.nodes(
      row('stmt:2', { ...whole, derivedFrom: [{ id: 'src:tv', relation: 'CITES' }] }, []),
    );
    expect(propsOf(later, 'urn:cg:src:interview')).toEqual(
      expect.arrayContaining([
        `${NAMESPACES.schema}headline`,
        `${NAMESPACES.schema}url`,
        `${NAMESPACES.schema}author`,
        `${NAMESPACES.prov}wasDerivedFrom`,
      ]),
    );
  });

  it('describes each source once, whichever way it is met again', () => {
    const mapper = new ProvMapper('urn:cg:');
    const article: ExportSource = {
      id: 'src:article',
      kind: 'ARTICLE',
      title: 'An article',
      derivedFrom: [],
    };
    mapper.nodes(row('stmt:1', interview, []));
    const again = mapper.nodes(row('stmt:2', article, [interview]));
    expect(propsOf(again, 'urn:cg:src:interview')).toEqual([`${NAMESPACES.prov}wasQuotedFrom`]);
    const third = mapper.nodes(row('stmt:3', article, [interview]));
    expect(propsOf(third, 'urn:cg:src:article')).toEqual([`${NAMESPACES.prov}wasQuotedFrom`]);
  });
});

// The PROV-O view of an export row, as docs/model.md#mapping-to-w3c-prov-o maps it: statements,
// sources and claims are prov:Entity, speakers and outlets prov:Agent; a statement
// prov:wasAttributedTo its speaker; its words travel by prov:wasQuotedFrom from the statement
// through each intermediary to the publication; a claim is what its statements are
// prov:specializationOf. Where PROV has no term (cue, polarity, claim relations, stances) a small
// vocabulary of our own, cgv: (docs/interop.md#our-vocabulary). Pure: rows in, nodes out; the
// Turtle and JSON-LD writers serialise the same nodes, so the two formats hold one graph.

import type { ExportSource, StatementExportRow } from './statement-rows';

export const NAMESPACES = {
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  cgv: 'urn:claimgraph:vocab:',
} as const;

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const prov = (term: string) => `${NAMESPACES.prov}${term}`;
const schema = (term: string) => `${NAMESPACES.schema}${term}`;
const xsd = (term: string) => `${NAMESPACES.xsd}${term}`;
const cgv = (term: string) => `${NAMESPACES.cgv}${term}`;

export type ProvTerm = { iri: string } | { value: string; datatype?: string };

export interface ProvNode {
  id: string;
  types: string[];
  props: Array<[predicate: string, object: ProvTerm]>;
}

export { RDF_TYPE };

const SOURCE_TYPES: Partial<Record<string, string>> = {
  ARTICLE: schema('NewsArticle'),
  WIRE_REPORT: schema('NewsArticle'),
  SOCIAL_POST: schema('SocialMediaPosting'),
  INTERVIEW: schema('CreativeWork'),
  BROADCAST: schema('CreativeWork'),
  PRESS_STATEMENT: schema('CreativeWork'),
};

const CLAIM_RELATIONS = { CONTRADICTS: cgv('contradicts'), DENIES: cgv('denies'), SUPPORTS: cgv('supports') };

const text = (value: string): ProvTerm => ({ value });
const date = (value: string): ProvTerm => ({ value, datatype: xsd('date') });
// PROV times are instants; the graph knows the day: the day's start, UTC (the time of day is
// not known, schema:datePublished carries the date as given).
const dayStart = (value: string): ProvTerm => ({ value: `${value}T00:00:00Z`, datatype: xsd('dateTime') });

/** A stable IRI for a graph id under `base` (which ends in `:`, `/` or `#`). */
export function iriOf(base: string, id: string): string {
  return `${base}${encodeURI(id)}`;
}

/**
 * Emits each entity's description once (`described` remembers, up to `limit` ids, then starts
 * over: a repeated description is harmless in RDF) and every link each row makes.
 */
export class ProvMapper {
  private readonly described = new Set<string>();

  constructor(
    private readonly base: string,
    private readonly limit = 200_000,
  ) {}

  private iri(id: string): string {
    return iriOf(this.base, id);
  }

  private first(id: string): boolean {
    if (this.described.has(id)) return false;
    if (this.described.size >= this.limit) this.described.clear();
    this.described.add(id);
    return true;
  }

  private agent(nodes: ProvNode[], id: string, name: string, person: boolean): void {
    if (!this.first(id)) return;
    nodes.push({
      id: this.iri(id),
      types: [prov('Agent'), prov(person ? 'Person' : 'Organization')],
      props: [[schema('name'), text(name)]],
    });
  }

  /**
   * A publication's row carries all of it; an intermediary's only its kind, date and outlet
   * (export rows do not read an intermediary's title or derivations). So a source first met as
   * an intermediary is described in brief, and in full once a row publishes it.
   */
  private source(nodes: ProvNode[], source: ExportSource, whole: boolean): void {
    if (source.outlet) this.agent(nodes, source.outlet.id, source.outlet.name, false);
    if (this.described.has(source.id) || !this.first(whole ? source.id : `brief:${source.id}`)) return;
    const props: ProvNode['props'] = [[cgv('sourceKind'), text(source.kind)]];
    if (source.title) props.push([schema('headline'), text(source.title)]);
    if (source.url) props.push([schema('url'), { iri: source.url }]);
    if (source.author) props.push([schema('author'), text(source.author)]);
    if (source.publishedAt) {
      props.push([schema('datePublished'), date(source.publishedAt)]);
      props.push([prov('generatedAtTime'), dayStart(source.publishedAt)]);
    }
    if (source.outlet) props.push([prov('wasAttributedTo'), { iri: this.iri(source.outlet.id) }]);
    for (const derivation of source.derivedFrom) {
      const other = { iri: this.iri(derivation.id) };
      props.push([prov(derivation.relation === 'QUOTES' ? 'wasQuotedFrom' : 'wasDerivedFrom'), other]);
      if (derivation.relation === 'SYNDICATES') props.push([prov('alternateOf'), other]);
    }
    const kindType = SOURCE_TYPES[source.kind];
    nodes.push({ id: this.iri(source.id), types: [prov('Entity'), ...(kindType ? [kindType] : [])], props });
  }

  nodes(row: StatementExportRow): ProvNode[] {
    const nodes: ProvNode[] = [];
    const statement = this.iri(row.id);
    this.agent(nodes, row.speaker.id, row.speaker.name, row.speaker.kind === 'PERSON');
    this.source(nodes, row.source, true);
    for (const via of row.via) this.source(nodes, via, false);

    const props: ProvNode['props'] = [
      [prov('value'), text(row.text)],
      [prov('wasAttributedTo'), { iri: this.iri(row.speaker.id) }],
      [cgv('cue'), text(row.cue)],
      [cgv('direct'), { value: String(row.direct), datatype: xsd('boolean') }],
      [schema('isPartOf'), { iri: this.iri(row.source.id) }],
    ];
    if (row.saidAt) props.push([cgv('saidAt'), date(row.saidAt)]);
    if (row.claim) props.push([prov('specializationOf'), { iri: this.iri(row.claim.id) }]);
    nodes.push({ id: statement, types: [prov('Entity'), schema('Quotation')], props });

    // The words' route: each intermediary quoted the step before it, the publication the last.
    let previous = statement;
    for (const step of [...row.via, row.source]) {
      const id = this.iri(step.id);
      nodes.push({ id, types: [], props: [[prov('wasQuotedFrom'), { iri: previous }]] });
      previous = id;
    }

    if (row.claim && this.first(row.claim.id)) {
      const claimProps: ProvNode['props'] = [[schema('text'), text(row.claim.text)]];
      for (const topic of row.claim.topics) {
        claimProps.push([schema('about'), { iri: this.iri(topic.id) }]);
        if (this.first(topic.id)) {
          nodes.push({
            id: this.iri(topic.id),
            types: [schema('DefinedTerm')],
            props: [[schema('name'), text(topic.name)]],
          });
        }
      }
      for (const link of row.claim.relations)
        claimProps.push([CLAIM_RELATIONS[link.relation], { iri: this.iri(link.id) }]);
      nodes.push({ id: this.iri(row.claim.id), types: [prov('Entity'), schema('Claim')], props: claimProps });
    }

    for (const stance of row.stances) {
      const id = this.iri(stance.id);
      const stanceProps: ProvNode['props'] = [[prov('wasDerivedFrom'), { iri: statement }]];
      if (this.first(stance.id)) {
        stanceProps.push([cgv('polarity'), text(stance.polarity)]);
        stanceProps.push([cgv('heldBy'), { iri: this.iri(stance.holderId) }]);
        stanceProps.push([cgv('toward'), { iri: this.iri(stance.aboutId) }]);
        if (stance.since) stanceProps.push([cgv('since'), date(stance.since)]);
        if (stance.until) stanceProps.push([cgv('until'), date(stance.until)]);
        nodes.push({ id, types: [prov('Entity'), cgv('Stance')], props: stanceProps });
      } else nodes.push({ id, types: [], props: stanceProps });
    }
    return nodes;
  }
}

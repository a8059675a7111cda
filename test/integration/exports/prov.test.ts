// Issue 12: the PROV-O exports, read with independent libraries: the Turtle with N3.js's
// parser, the JSON-LD with jsonld.js (remote contexts refused), and checked as graphs against
// the seed's own data, not as strings.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import type { GraphDataSet } from '../../../src/domain/model';
import { projectRoot } from '../../../src/platform/project-root';
import { resetToSeed } from '../../support/graph-state';
import { openHarness, useHarness } from '../../support/harness';

const PROV = 'http://www.w3.org/ns/prov#';
const CGV = 'urn:claimgraph:vocab:';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const BASE = 'urn:claimgraph:';
const cg = (id: string) => `${BASE}${id}`;

const seed = JSON.parse(
  readFileSync(join(projectRoot(), 'seed', 'independent-2019-03-14', 'dataset.json'), 'utf8'),
) as GraphDataSet;

const quadKey = (q: Quad) =>
  `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}${q.object.termType === 'Literal' ? `^^${q.object.datatype.value}` : ''}`;

class Graph {
  readonly keys: Set<string>;
  constructor(readonly quads: Quad[]) {
    this.keys = new Set(quads.map(quadKey));
  }
  objects(subject: string, predicate: string): string[] {
    return this.quads
      .filter((q) => q.subject.value === subject && q.predicate.value === predicate)
      .map((q) => q.object.value);
  }
  has(subject: string, predicate: string, object: string): boolean {
    return this.objects(subject, predicate).includes(object);
  }
}

// A reader must never need the network: any context it would fetch fails the test.
const offline = async (url: string) => {
  throw new Error(`the export asked to load ${url}`);
};

describe('PROV-O exports', () => {
  const harness = useHarness({ restoreSeed: true });
  const get = (path: string) => harness.server.fetch(`http://claimgraph.test${path}`);

  async function turtle(path = '/export/prov.ttl'): Promise<Graph> {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/turtle/);
    return new Graph(new Parser({ format: 'Turtle' }).parse(await response.text()));
  }

  it('attributes every seed statement to its speaker and specialises its claim', async () => {
    const graph = await turtle();
    for (const statement of seed.statements) {
      const id = cg(statement.id);
      expect({ id, speaker: graph.objects(id, `${PROV}wasAttributedTo`) }).toEqual({
        id,
        speaker: [cg(statement.speakerId)],
      });
      expect(graph.has(id, RDF_TYPE, `${PROV}Entity`)).toBe(true);
      expect(graph.objects(id, `${PROV}value`)).toEqual([statement.text]);
      if (statement.claimId)
        expect(graph.has(id, `${PROV}specializationOf`, cg(statement.claimId))).toBe(true);
    }
    for (const actor of seed.actors.filter((a) => seed.statements.some((s) => s.speakerId === a.id))) {
      expect(graph.has(cg(actor.id), RDF_TYPE, `${PROV}Agent`)).toBe(true);
    }
  });

  it('makes every intermediary a derivation: the words quoted hop by hop, statement to publication', async () => {
    const graph = await turtle();
    for (const statement of seed.statements) {
      const chain = [statement.id, ...statement.viaIds, statement.sourceId].map(cg);
      for (let hop = 1; hop < chain.length; hop++) {
        expect(graph.has(chain[hop] as string, `${PROV}wasQuotedFrom`, chain[hop - 1] as string)).toBe(true);
      }
    }
    for (const source of seed.sources) {
      for (const derivation of source.derivedFrom ?? []) {
        const predicate = derivation.relation === 'QUOTES' ? 'wasQuotedFrom' : 'wasDerivedFrom';
        expect(graph.has(cg(source.id), `${PROV}${predicate}`, cg(derivation.sourceId))).toBe(true);
      }
      if (source.publishedAt) {
        expect(graph.objects(cg(source.id), `${PROV}generatedAtTime`)).toEqual([
          `${source.publishedAt}T00:00:00Z`,
        ]);
      }
    }
  });

  it('carries stances and claim relations in the documented vocabulary', async () => {
    const graph = await turtle();
    for (const stance of seed.stances) {
      const id = cg(stance.id);
      expect(graph.objects(id, `${CGV}heldBy`)).toEqual([cg(stance.actorId)]);
      expect(graph.objects(id, `${CGV}polarity`)).toEqual([stance.polarity]);
      expect(graph.objects(id, `${PROV}wasDerivedFrom`).sort()).toEqual(stance.evidenceIds.map(cg).sort());
    }
    for (const link of seed.claimLinks) {
      expect(
        graph.has(cg(link.fromClaimId), `${CGV}${link.relation.toLowerCase()}`, cg(link.toClaimId)),
      ).toBe(true);
    }
  });

  it('writes the same graph as JSON-LD, readable with no network', async () => {
    const fromTurtle = await turtle();
    const response = await get('/export/prov.jsonld');
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const document = (await response.json()) as object;
    const nquads = (await jsonld.toRDF(document, {
      format: 'application/n-quads',
      documentLoader: offline as never,
    })) as unknown as string;
    const fromJsonLd = new Graph(new Parser({ format: 'N-Quads' }).parse(nquads));
    expect(fromJsonLd.keys.size).toBeGreaterThan(100);
    expect([...fromJsonLd.keys].sort()).toEqual([...fromTurtle.keys].sort());
  });

  it('keeps non-Latin and hostile text exact, and puts IRIs under the configured base', async () => {
    const text = 'Он сказал: "нет" — 他说\n"不" > <script>';
    const recorded = await harness.gql(
      'mutation($input: RecordStatementInput!) { recordStatement(input: $input) { id } }',
      {
        input: {
          text,
          direct: true,
          cue: 'said',
          speakerId: 'actor:ren-zhengfei',
          sourceId: 'source:independent-2019-03-14-huawei-nato',
        },
      },
    );
    const id = (recorded.data as { recordStatement: { id: string } }).recordStatement.id;
    const based = openHarness({ iriBase: 'https://data.example.org/claimgraph/' });
    try {
      const response = await based.server.fetch('http://claimgraph.test/export/prov.ttl?speaker=Ren');
      const graph = new Graph(new Parser({ format: 'Turtle' }).parse(await response.text()));
      expect(graph.objects(`https://data.example.org/claimgraph/${id}`, `${PROV}value`)).toEqual([text]);
      const subjects = new Set(graph.quads.map((q) => q.subject.value));
      for (const subject of subjects)
        expect(subject.startsWith('https://data.example.org/claimgraph/')).toBe(true);
    } finally {
      await based.close();
      await resetToSeed(harness.db);
    }
  });
});

// prov.ttl and prov.jsonld: the same ProvNodes (prov-nodes.ts) as Turtle, through N3.js's
// writer, and as JSON-LD, one node object per line of an @graph, its @context inline so that
// reading it needs no network. Both stream: a chunk per page of rows.

import { DataFactory, Writer } from 'n3';
import { NAMESPACES, ProvMapper, type ProvNode, type ProvTerm, RDF_TYPE } from './prov-nodes';
import type { StatementExportRow } from './statement-rows';

const { namedNode, literal, quad } = DataFactory;

function object(term: ProvTerm) {
  return 'iri' in term
    ? namedNode(term.iri)
    : literal(term.value, term.datatype ? namedNode(term.datatype) : undefined);
}

/** Turtle, with the vocabularies' prefixes and `cg:` for the graph's own IRIs. */
export async function* provTurtle(
  rows: AsyncIterable<StatementExportRow>,
  base: string,
  batch = 500,
): AsyncGenerator<string> {
  let buffer = '';
  const writer = new Writer(
    {
      write: (chunk: string) => {
        buffer += chunk;
        return true;
      },
      end: (done?: () => void) => done?.(),
    } as unknown as NodeJS.WritableStream,
    { prefixes: { ...NAMESPACES, cg: base }, format: 'Turtle' },
  );
  const mapper = new ProvMapper(base);
  let pending = 0;
  const flush = () => {
    const out = buffer;
    buffer = '';
    return out;
  };
  for await (const row of rows) {
    for (const node of mapper.nodes(row)) {
      const subject = namedNode(node.id);
      for (const type of node.types) writer.addQuad(quad(subject, namedNode(RDF_TYPE), namedNode(type)));
      for (const [predicate, term] of node.props)
        writer.addQuad(quad(subject, namedNode(predicate), object(term)));
    }
    if (++pending >= batch) {
      pending = 0;
      const out = flush();
      if (out) yield out;
    }
  }
  const done = new Promise<void>((resolve, reject) =>
    writer.end((error) => (error ? reject(error) : resolve())),
  );
  await done;
  const out = flush();
  if (out) yield out;
}

function compact(iri: string, prefixes: Record<string, string>): string {
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    if (iri.startsWith(namespace) && iri.length > namespace.length)
      return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return iri;
}

function nodeObject(node: ProvNode, prefixes: Record<string, string>): Record<string, unknown> {
  const json: Record<string, unknown[] | string> = { '@id': compact(node.id, prefixes) };
  if (node.types.length > 0) json['@type'] = node.types.map((type) => compact(type, prefixes)) as never;
  for (const [predicate, term] of node.props) {
    const key = compact(predicate, prefixes);
    const value =
      'iri' in term
        ? { '@id': compact(term.iri, prefixes) }
        : term.datatype
          ? { '@value': term.value, '@type': compact(term.datatype, prefixes) }
          : { '@value': term.value };
    const values = (json[key] as unknown[] | undefined) ?? [];
    values.push(value);
    json[key] = values;
  }
  return json;
}

/** JSON-LD: `{"@context": {...}, "@graph": [` a node object per line `]}`. */
export async function* provJsonLd(
  rows: AsyncIterable<StatementExportRow>,
  base: string,
  batch = 500,
): AsyncGenerator<string> {
  const prefixes = { ...NAMESPACES, cg: base };
  yield `{"@context":${JSON.stringify(prefixes)},\n"@graph":[\n`;
  const mapper = new ProvMapper(base);
  let first = true;
  let chunk: string[] = [];
  let pending = 0;
  for await (const row of rows) {
    for (const node of mapper.nodes(row)) {
      chunk.push(`${first ? '' : ',\n'}${JSON.stringify(nodeObject(node, prefixes))}`);
      first = false;
    }
    if (++pending >= batch) {
      pending = 0;
      yield chunk.join('');
      chunk = [];
    }
  }
  yield `${chunk.join('')}\n]}\n`;
}

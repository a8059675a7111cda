// The synthetic corpus as CSV files for Neo4j's offline importer (`neo4j-admin database import
// full`), one file per node label and relationship shape. Every property the bulk-*.cypher
// queries store or derive on the server (lookup keys, a statement's sort date) is written or
// derived here the same way, so both paths build the same graph:
// test/bulk/offline-load.test.ts compares their checksums. Rows are encoded straight from the
// model objects into one string per batch: this runs a million times, and intermediate row
// objects made the garbage collector the largest cost.

import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { bodyPrint } from '../../domain/body-print';
import type { GraphDataSet } from '../../domain/model';
import { DERIVATIONS, importHeader } from '../../domain/write-model';
import type { CorpusBatch } from '../../synthetic/corpus';

/** Between array elements; a control character no generated text contains. */
export const ARRAY_DELIMITER = '\u001f';

export interface ImportFile {
  /** the table: files with one key share a header and are one input to the importer */
  key: string;
  /** node label or relationship type; relationship files with a :TYPE column have none */
  name?: string;
  path: string;
}

export interface ImportFileSet {
  nodes: ImportFile[];
  relationships: ImportFile[];
}

/** A date column's value: ISO "2019-03-14", written unquoted. */
class IsoDate {
  constructor(readonly iso: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Not an ISO date: ${JSON.stringify(iso)}`);
  }
}

function date(iso: string | undefined): IsoDate | undefined {
  return iso === undefined ? undefined : new IsoDate(iso);
}

type Value = string | number | boolean | string[] | IsoDate | undefined | null;

function quote(text: string): string {
  if (text.includes('\n') || text.includes('\r')) {
    throw new Error(
      `The offline import reads one row per line; this value has a line break: ${JSON.stringify(text)}`,
    );
  }
  return `"${text.replaceAll('"', '""')}"`;
}

/** Strings and lists are quoted; numbers, booleans and dates print as the importer reads them. */
function encode(value: Value): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return quote(value);
  if (value instanceof IsoDate) return value.iso;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item.includes(ARRAY_DELIMITER)) {
        throw new Error(
          `A list element contains the import's array delimiter U+001F: ${JSON.stringify(item)}`,
        );
      }
    }
    return quote(value.join(ARRAY_DELIMITER));
  }
  return String(value);
}

class CsvTable {
  private fd: number | undefined;
  private pending = '';

  constructor(
    readonly file: ImportFile,
    private readonly header: string,
  ) {}

  /** One row: the values in header order. */
  add(...values: Value[]): void {
    this.pending += `${values.map(encode).join(',')}\n`;
  }

  flush(): void {
    if (this.pending === '') return;
    if (this.fd === undefined) {
      this.fd = openSync(this.file.path, 'w');
      writeSync(this.fd, `${this.header}\n`);
    }
    writeSync(this.fd, this.pending);
    this.pending = '';
  }

  /** true when at least one row was written */
  close(): boolean {
    this.flush();
    if (this.fd === undefined) return false;
    closeSync(this.fd);
    this.fd = undefined;
    return true;
  }
}

// Node columns follow the write model (src/domain/write-model.ts), stored then derived; each
// row below adds its values in that order.
const TABLES = {
  topics: ['Topic', importHeader('Topic')],
  actors: ['Actor', importHeader('Actor')],
  sources: ['Source', importHeader('Source')],
  claims: ['Claim', importHeader('Claim')],
  statements: ['Statement', importHeader('Statement')],
  stances: ['Stance', importHeader('Stance')],
} as const;

const RELATIONSHIPS = {
  'affiliated-with': ['AFFILIATED_WITH', ':START_ID(Actor),:END_ID(Actor),title,since:date,until:date'],
  'published-by': ['PUBLISHED_BY', ':START_ID(Source),:END_ID(Actor)'],
  'derived-from': ['DERIVED_FROM', ':START_ID(Source),:END_ID(Source),relation'],
  about: ['ABOUT', ':START_ID(Claim),:END_ID(Topic)'],
  // the type is a column: CONTRADICTS, DENIES, SUPPORTS
  'claim-links': [undefined, ':START_ID(Claim),:END_ID(Claim),:TYPE'],
  'said-by': ['SAID_BY', ':START_ID(Statement),:END_ID(Actor)'],
  'reported-in': ['REPORTED_IN', ':START_ID(Statement),:END_ID(Source)'],
  expresses: ['EXPRESSES', ':START_ID(Statement),:END_ID(Claim)'],
  via: ['VIA', ':START_ID(Statement),:END_ID(Source),hop:long'],
  holds: ['HOLDS', ':START_ID(Actor),:END_ID(Stance)'],
  'toward-topic': ['TOWARD', ':START_ID(Stance),:END_ID(Topic)'],
  'toward-actor': ['TOWARD', ':START_ID(Stance),:END_ID(Actor)'],
  'evidenced-by': ['EVIDENCED_BY', ':START_ID(Stance),:END_ID(Statement)'],
} as const;

type NodeTable = keyof typeof TABLES;
type RelationshipTable = keyof typeof RELATIONSHIPS;

export class ImportFileWriter {
  private readonly nodes = new Map<NodeTable, CsvTable>();
  private readonly relationships = new Map<RelationshipTable, CsvTable>();
  private readonly today = new Date().toISOString().slice(0, 10);

  /**
   * @param part distinguishes the files of writers working side by side (`statements.1.csv`)
   * @param publishedAt publication dates by source id, for a statement's `at`; filled as
   *   sources are written, or handed over when statements are written elsewhere
   */
  constructor(
    private readonly dir: string,
    private readonly part = '',
    readonly publishedAt = new Map<string, string | undefined>(),
  ) {}

  private path(key: string): string {
    return join(this.dir, `${key}${this.part ? `.${this.part}` : ''}.csv`);
  }

  private node(key: NodeTable): CsvTable {
    let table = this.nodes.get(key);
    if (!table) {
      const [label, header] = TABLES[key];
      table = new CsvTable({ key, name: label, path: this.path(key) }, header);
      this.nodes.set(key, table);
    }
    return table;
  }

  private rel(key: RelationshipTable): CsvTable {
    let table = this.relationships.get(key);
    if (!table) {
      const [type, header] = RELATIONSHIPS[key];
      table = new CsvTable({ key, ...(type ? { name: type } : {}), path: this.path(key) }, header);
      this.relationships.set(key, table);
    }
    return table;
  }

  write(batch: CorpusBatch): void {
    this.writeData(batch.data);
    for (const table of [...this.nodes.values(), ...this.relationships.values()]) table.flush();
  }

  private writeData(data: GraphDataSet): void {
    for (const t of data.topics) {
      const keys = DERIVATIONS.topicKeys.compute(t.name, t.aliases);
      this.node('topics').add(t.id, t.name, t.aliases, keys.nameKey, keys.aliasKeys, keys.aliasText);
    }
    for (const a of data.actors) {
      const keys = DERIVATIONS.actorKeys.compute(a.name, a.aliases);
      this.node('actors').add(
        a.id,
        a.name,
        a.kind,
        a.aliases,
        a.wikidataId,
        a.role,
        keys.nameKey,
        keys.aliasKeys,
        keys.aliasText,
      );
      for (const f of a.affiliations)
        this.rel('affiliated-with').add(a.id, f.actorId, f.title, date(f.since), date(f.until));
    }
    for (const s of data.sources) {
      this.publishedAt.set(s.id, s.publishedAt);
      this.node('sources').add(
        s.id,
        s.kind,
        s.title,
        s.url,
        s.author,
        date(s.publishedAt),
        s.contentHash,
        s.text,
        s.text === undefined ? undefined : (s.bodyPrint ?? bodyPrint(s.text)),
      );
      if (s.outletId !== undefined) this.rel('published-by').add(s.id, s.outletId);
      for (const d of s.derivedFrom) this.rel('derived-from').add(s.id, d.sourceId, d.relation);
    }
    for (const c of data.claims) {
      this.node('claims').add(c.id, c.text);
      for (const topicId of c.topicIds) this.rel('about').add(c.id, topicId);
    }
    for (const l of data.claimLinks) this.rel('claim-links').add(l.fromClaimId, l.toClaimId, l.relation);
    for (const s of data.statements) {
      const at = DERIVATIONS.statementAt.compute(s.saidAt, this.publishedAt.get(s.sourceId), this.today);
      this.node('statements').add(
        s.id,
        s.text,
        s.direct,
        s.cue,
        s.audience,
        date(s.saidAt),
        s.startOffset,
        s.endOffset,
        s.confidence,
        s.speakerMethod,
        s.speakerConfidence,
        s.claimMethod,
        s.claimScore,
        date(at),
      );
      this.rel('said-by').add(s.id, s.speakerId);
      this.rel('reported-in').add(s.id, s.sourceId);
      if (s.claimId !== undefined) this.rel('expresses').add(s.id, s.claimId);
      for (const [index, viaId] of s.viaIds.entries()) this.rel('via').add(s.id, viaId, index + 1);
    }
    for (const s of data.stances) {
      this.node('stances').add(s.id, s.polarity, date(s.since), date(s.until));
      this.rel('holds').add(s.actorId, s.id);
      // bulk-stances.cypher: toward the topic if there is one, else the target actor
      if (s.topicId !== undefined) this.rel('toward-topic').add(s.id, s.topicId);
      else if (s.targetActorId !== undefined) this.rel('toward-actor').add(s.id, s.targetActorId);
      for (const evidenceId of s.evidenceIds) this.rel('evidenced-by').add(s.id, evidenceId);
    }
  }

  /** Closes every file; tables that never received a row are left out. */
  close(): ImportFileSet {
    const files = (tables: Iterable<CsvTable>) => [...tables].filter((t) => t.close()).map((t) => t.file);
    return { nodes: files(this.nodes.values()), relationships: files(this.relationships.values()) };
  }
}

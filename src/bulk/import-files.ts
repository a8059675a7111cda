// The synthetic corpus as CSV files for Neo4j's offline importer (`neo4j-admin database import
// full`), one file per node label and relationship shape. Values come from the same rows as the
// UNWIND loader (src/bulk/rows.ts) and every property the bulk-*.cypher queries derive on the
// server (lookup keys, a statement's sort date) is derived here the same way, so both paths
// build the same graph: test/bulk/import-parity.test.ts compares their checksums.

import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusBatch } from './corpus';
import { batchRows } from './rows';

/** Between array elements; a control character no generated text contains. */
export const ARRAY_DELIMITER = '\u001f';

type ColumnType = 'string' | 'string[]' | 'date' | 'long' | 'double' | 'boolean';

interface Column {
  /** the row field */
  key: string;
  /** the importer's header, e.g. since:date or :START_ID(Actor) */
  header: string;
  type: ColumnType;
}

export interface ImportFile {
  /** node label or relationship type; relationship files with a :TYPE column have none */
  name?: string;
  path: string;
}

export interface ImportFileSet {
  nodes: ImportFile[];
  relationships: ImportFile[];
}

function encode(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (type === 'string[]') {
    const items = value as string[];
    for (const item of items) {
      if (item.includes(ARRAY_DELIMITER)) {
        throw new Error(
          `An array element contains the import's array delimiter U+001F: ${JSON.stringify(item)}`,
        );
      }
    }
    return quote(items.join(ARRAY_DELIMITER));
  }
  if (type === 'string') return quote(String(value));
  // Neo4j Date and Integer values print as the importer reads them (2019-03-14, 42).
  return String(value);
}

function quote(text: string): string {
  if (text.includes('\n') || text.includes('\r')) {
    throw new Error(
      `The offline import reads one row per line; this value has a line break: ${JSON.stringify(text)}`,
    );
  }
  return `"${text.replaceAll('"', '""')}"`;
}

class CsvTable {
  private fd: number | undefined;
  private readonly header: string;

  constructor(
    readonly path: string,
    private readonly columns: Column[],
  ) {
    this.header = columns.map((column) => column.header).join(',');
  }

  write(rows: readonly Record<string, unknown>[]): void {
    if (rows.length === 0) return;
    if (this.fd === undefined) {
      this.fd = openSync(this.path, 'w');
      writeSync(this.fd, `${this.header}\n`);
    }
    const lines = rows.map((row) => this.columns.map((c) => encode(row[c.key], c.type)).join(','));
    writeSync(this.fd, `${lines.join('\n')}\n`);
  }

  /** true when at least one row was written */
  close(): boolean {
    if (this.fd === undefined) return false;
    closeSync(this.fd);
    this.fd = undefined;
    return true;
  }
}

const typed = (key: string, type: ColumnType): Column => ({
  key,
  header: type === 'string' ? key : `${key}:${type}`,
  type,
});
const s = (key: string): Column => typed(key, 'string');
// Id groups per label: the importer resolves relationship ends within a group.
const id = (group: string): Column => ({ key: 'id', header: `id:ID(${group})`, type: 'string' });
const from = (group: string): Column => ({ key: 'start', header: `:START_ID(${group})`, type: 'string' });
const to = (group: string): Column => ({ key: 'end', header: `:END_ID(${group})`, type: 'string' });
const relType: Column = { key: 'type', header: ':TYPE', type: 'string' };

/**
 * The keys bulk-actors.cypher derives through cypher/fragments/actor-keys.cypher (`keyNames`
 * = name and aliases) and bulk-topics.cypher derives itself (aliases only).
 */
function lookupKeys(name: string, aliases: string[], keyNames: string[]) {
  return {
    nameKey: name.toLowerCase(),
    aliasKeys: keyNames.map((n) => n.toLowerCase()),
    aliasText: aliases.map((alias) => ` | ${alias}`).join(''),
  };
}

export class ImportFileWriter {
  private readonly tables = new Map<string, { table: CsvTable; kind: 'node' | 'rel'; name?: string }>();
  /** publication dates by source id: a statement's `at` falls back to its publication's */
  private readonly publishedAt = new Map<string, string | null>();
  private readonly today = new Date().toISOString().slice(0, 10);

  constructor(private readonly dir: string) {}

  private table(key: string, kind: 'node' | 'rel', columns: Column[], name?: string): CsvTable {
    let entry = this.tables.get(key);
    if (!entry) {
      entry = { table: new CsvTable(join(this.dir, `${key}.csv`), columns), kind, ...(name ? { name } : {}) };
      this.tables.set(key, entry);
    }
    return entry.table;
  }

  write(batch: CorpusBatch): void {
    const { rows, deferred } = batchRows(batch.kind, batch.data);
    const links = deferred?.rows ?? [];
    switch (batch.kind) {
      case 'topics':
        this.table(
          'topics',
          'node',
          [
            id('Topic'),
            s('name'),
            typed('aliases', 'string[]'),
            s('nameKey'),
            typed('aliasKeys', 'string[]'),
            s('aliasText'),
          ],
          'Topic',
        ).write(
          rows.map((t) => {
            const aliases = t.aliases as string[];
            return { ...t, ...lookupKeys(t.name as string, aliases, aliases) };
          }),
        );
        return;
      case 'actors':
        this.table(
          'actors',
          'node',
          [
            id('Actor'),
            s('name'),
            s('kind'),
            typed('aliases', 'string[]'),
            s('wikidataId'),
            s('role'),
            s('nameKey'),
            typed('aliasKeys', 'string[]'),
            s('aliasText'),
          ],
          'Actor',
        ).write(
          rows.map((a) => {
            const aliases = a.aliases as string[];
            return { ...a, ...lookupKeys(a.name as string, aliases, [a.name as string, ...aliases]) };
          }),
        );
        this.table(
          'affiliations',
          'rel',
          [from('Actor'), to('Actor'), s('title'), typed('since', 'date'), typed('until', 'date')],
          'AFFILIATED_WITH',
        ).write(links.map((l) => ({ ...l, start: l.memberId, end: l.organizationId })));
        return;
      case 'sources':
        for (const row of rows)
          this.publishedAt.set(row.id as string, row.publishedAt ? String(row.publishedAt) : null);
        this.table(
          'sources',
          'node',
          [
            id('Source'),
            s('kind'),
            s('title'),
            s('url'),
            s('author'),
            typed('publishedAt', 'date'),
            s('contentHash'),
          ],
          'Source',
        ).write(rows);
        this.table('published-by', 'rel', [from('Source'), to('Actor')], 'PUBLISHED_BY').write(
          rows.filter((r) => r.outletId !== null).map((r) => ({ start: r.id, end: r.outletId })),
        );
        this.table(
          'derived-from',
          'rel',
          [from('Source'), to('Source'), s('relation')],
          'DERIVED_FROM',
        ).write(links.map((l) => ({ ...l, start: l.sourceId, end: l.originId })));
        return;
      case 'claims':
        this.table('claims', 'node', [id('Claim'), s('text')], 'Claim').write(rows);
        this.table('about', 'rel', [from('Claim'), to('Topic')], 'ABOUT').write(
          rows.flatMap((c) => (c.topicIds as string[]).map((t) => ({ start: c.id, end: t }))),
        );
        return;
      case 'claimLinks':
        this.table('claim-links', 'rel', [from('Claim'), to('Claim'), relType]).write(
          rows.map((l) => ({ start: l.fromClaimId, end: l.toClaimId, type: l.relation })),
        );
        return;
      case 'statements':
        this.writeStatements(rows);
        return;
      case 'stances':
        this.writeStances(rows);
        return;
    }
  }

  private writeStatements(rows: Record<string, unknown>[]): void {
    this.table(
      'statements',
      'node',
      [
        id('Statement'),
        s('text'),
        typed('direct', 'boolean'),
        s('cue'),
        s('audience'),
        typed('saidAt', 'date'),
        typed('startOffset', 'long'),
        typed('endOffset', 'long'),
        typed('confidence', 'double'),
        typed('at', 'date'),
      ],
      'Statement',
    ).write(
      rows.map((r) => ({
        ...r,
        // bulk-statements.cypher: coalesce(row.saidAt, publication.publishedAt, date())
        at: r.saidAt ? String(r.saidAt) : (this.publishedAt.get(r.sourceId as string) ?? this.today),
      })),
    );
    this.table('said-by', 'rel', [from('Statement'), to('Actor')], 'SAID_BY').write(
      rows.map((r) => ({ start: r.id, end: r.speakerId })),
    );
    this.table('reported-in', 'rel', [from('Statement'), to('Source')], 'REPORTED_IN').write(
      rows.map((r) => ({ start: r.id, end: r.sourceId })),
    );
    this.table('expresses', 'rel', [from('Statement'), to('Claim')], 'EXPRESSES').write(
      rows.filter((r) => r.claimId !== null).map((r) => ({ start: r.id, end: r.claimId })),
    );
    this.table('via', 'rel', [from('Statement'), to('Source'), typed('hop', 'long')], 'VIA').write(
      rows.flatMap((r) =>
        (r.viaIds as string[]).map((viaId, index) => ({ start: r.id, end: viaId, hop: index + 1 })),
      ),
    );
  }

  private writeStances(rows: Record<string, unknown>[]): void {
    this.table(
      'stances',
      'node',
      [id('Stance'), s('polarity'), typed('since', 'date'), typed('until', 'date')],
      'Stance',
    ).write(rows);
    this.table('holds', 'rel', [from('Actor'), to('Stance')], 'HOLDS').write(
      rows.map((r) => ({ start: r.actorId, end: r.id })),
    );
    // bulk-stances.cypher: toward the topic if there is one, else the target actor
    this.table('toward-topic', 'rel', [from('Stance'), to('Topic')], 'TOWARD').write(
      rows.filter((r) => r.topicId !== null).map((r) => ({ start: r.id, end: r.topicId })),
    );
    this.table('toward-actor', 'rel', [from('Stance'), to('Actor')], 'TOWARD').write(
      rows
        .filter((r) => r.topicId === null && r.targetActorId !== null)
        .map((r) => ({ start: r.id, end: r.targetActorId })),
    );
    this.table('evidenced-by', 'rel', [from('Stance'), to('Statement')], 'EVIDENCED_BY').write(
      rows.flatMap((r) => (r.evidenceIds as string[]).map((e) => ({ start: r.id, end: e }))),
    );
  }

  /** Closes every file; tables that never received a row are left out. */
  close(): ImportFileSet {
    const set: ImportFileSet = { nodes: [], relationships: [] };
    for (const { table, kind, name } of this.tables.values()) {
      if (!table.close()) continue;
      const file = { ...(name ? { name } : {}), path: table.path };
      (kind === 'node' ? set.nodes : set.relationships).push(file);
    }
    return set;
  }
}

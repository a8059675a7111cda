// The one write model: for each node label, the properties every write path stores and the
// ones it derives, with each derivation written once here, both as Cypher (for the MERGE
// writer and the bulk loader, cypher/queries/write-*.cypher and bulk-*.cypher) and as
// TypeScript (for the offline CSV importer, src/store/bulk/import-files.ts). The unit test
// test/unit/store/write-model.test.ts reads the Cypher files and the CSV headers and fails when
// a path stores a property the model does not name, misses one it does, or spells a
// derivation differently.

import type { IsoDate } from './model';

/** How neo4j-admin import types a column; strings are the default. */
export type PropertyType = 'string' | 'string[]' | 'boolean' | 'long' | 'double' | 'date';

export interface NodeWriteModel {
  label: string;
  /** properties stored as the caller gives them (`id` first) */
  stored: Readonly<Record<string, PropertyType>>;
  /** properties computed from others, by the formulas in DERIVATIONS */
  derived: Readonly<Record<string, PropertyType>>;
}

const NAMED_LOOKUP_KEYS = { nameKey: 'string', aliasKeys: 'string[]', aliasText: 'string' } as const;

export const WRITE_MODEL = {
  Topic: {
    label: 'Topic',
    stored: { id: 'string', name: 'string', aliases: 'string[]' },
    derived: NAMED_LOOKUP_KEYS,
  },
  Actor: {
    label: 'Actor',
    stored: {
      id: 'string',
      name: 'string',
      kind: 'string',
      aliases: 'string[]',
      wikidataId: 'string',
      role: 'string',
    },
    derived: NAMED_LOOKUP_KEYS,
  },
  Source: {
    label: 'Source',
    stored: {
      id: 'string',
      kind: 'string',
      title: 'string',
      url: 'string',
      author: 'string',
      publishedAt: 'date',
      contentHash: 'string',
      text: 'string',
      // Computed from text in TypeScript by every path (Cypher cannot hash): src/domain/body-print.ts.
      bodyPrint: 'string',
    },
    derived: {},
  },
  Claim: { label: 'Claim', stored: { id: 'string', text: 'string' }, derived: {} },
  Statement: {
    label: 'Statement',
    stored: {
      id: 'string',
      text: 'string',
      direct: 'boolean',
      cue: 'string',
      audience: 'string',
      saidAt: 'date',
      startOffset: 'long',
      endOffset: 'long',
      confidence: 'double',
      speakerMethod: 'string',
      speakerConfidence: 'double',
      claimMethod: 'string',
      claimScore: 'double',
    },
    derived: { at: 'date' },
  },
  Stance: {
    label: 'Stance',
    stored: { id: 'string', polarity: 'string', since: 'date', until: 'date' },
    derived: {},
  },
} as const satisfies Record<string, NodeWriteModel>;

export type ModelLabel = keyof typeof WRITE_MODEL;

/** Every property of a label the graph holds, in column order: stored, then derived. */
export function modelProperties(label: ModelLabel): Array<[string, PropertyType]> {
  const model: NodeWriteModel = WRITE_MODEL[label];
  return [...Object.entries(model.stored), ...Object.entries(model.derived)];
}

/**
 * The derivations: per derived property, the Cypher expression the writers assign (over the
 * node variable, the row, and for a statement its bound `publication`), and the TypeScript the
 * CSV importer computes.
 */
export const DERIVATIONS = {
  /** a statement sorts by the day it was said, else the day its publication appeared, else today */
  statementAt: {
    cypher: { at: 'coalesce(row.saidAt, publication.publishedAt, date())' },
    compute: (saidAt: IsoDate | undefined, publishedAt: IsoDate | undefined, today: IsoDate): IsoDate =>
      saidAt ?? publishedAt ?? today,
  },
  /** an actor is found by its name or any alias (cypher/fragments/actor-keys.cypher, over `a`) */
  actorKeys: {
    cypher: {
      nameKey: 'toLower(a.name)',
      aliasKeys: '[name IN [a.name] + coalesce(a.aliases, []) | toLower(name)]',
      aliasText: "reduce(text = '', alias IN coalesce(a.aliases, []) | text + ' | ' + alias)",
    },
    compute: (name: string, aliases: readonly string[]) => lookupKeys(name, aliases, [name, ...aliases]),
  },
  /** a topic by its name, or by an alias in aliasKeys (the name is not repeated there) */
  topicKeys: {
    cypher: {
      nameKey: 'toLower(row.name)',
      aliasKeys: '[alias IN row.aliases | toLower(alias)]',
      aliasText: "reduce(text = '', alias IN row.aliases | text + ' | ' + alias)",
    },
    compute: (name: string, aliases: readonly string[]) => lookupKeys(name, aliases, aliases),
  },
} as const;

function lookupKeys(name: string, aliases: readonly string[], keyNames: readonly string[]) {
  return {
    nameKey: name.toLowerCase(),
    aliasKeys: keyNames.map((key) => key.toLowerCase()),
    aliasText: aliases.map((alias) => ` | ${alias}`).join(''),
  };
}

/** neo4j-admin import's header for a label's node file: `id:ID(Label)`, then the model's columns. */
export function importHeader(label: ModelLabel): string {
  return modelProperties(label)
    .map(([name, type]) => (name === 'id' ? `id:ID(${label})` : type === 'string' ? name : `${name}:${type}`))
    .join(',');
}

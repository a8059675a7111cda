// The three statement write paths (the idempotent MERGE writer, the bulk UNWIND loader, the
// offline CSV importer) are checked against the one write model (src/domain/write-model.ts):
// each stores exactly the model's properties for each label, and derives each derived
// property with the model's formula. A path that drops a property (as the bulk loader once
// dropped Source.text and Statement.speakerMethod) or spells a derivation its own way fails.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DERIVATIONS, type ModelLabel, modelProperties, WRITE_MODEL } from '../../../src/domain/write-model';
import { ImportFileWriter } from '../../../src/store/bulk/import-files';
import { cypher } from '../../../src/store/repo/cypher';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Splits `text` at the commas that are not inside brackets, braces, parentheses or quotes. */
function topLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map(squash).filter(Boolean);
}

/** The map literal that starts at `open` (a `{`), without its braces. */
function mapAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unclosed map at ${open}`);
}

/** What a writer query assigns to the node of `label`: property -> Cypher expression. */
function writtenProperties(query: string, label: string): Map<string, string> {
  const text = query.replace(/\/\/[^\n]*/g, '');
  const binding = new RegExp(`\\((\\w+):${label}\\s*\\{`).exec(text);
  if (!binding) throw new Error(`no (x:${label} {…}) in the query`);
  const variable = binding[1] as string;
  const written = new Map<string, string>();
  for (const entry of topLevel(mapAt(text, binding.index + binding[0].length - 1))) {
    const [key, ...value] = entry.split(':');
    written.set(squash(key as string), squash(value.join(':')));
  }
  // SET clauses: up to the next clause keyword.
  for (const set of text.matchAll(
    /\bSET\b([\s\S]*?)(?=\b(?:SET|WITH|CALL|CREATE|MERGE|MATCH|UNWIND|RETURN|WHERE)\b|$)/g,
  )) {
    for (const assignment of topLevel(set[1] as string)) {
      const match = new RegExp(`^${variable}\\.(\\w+) = (.*)$`).exec(assignment);
      if (match) written.set(match[1] as string, match[2] as string);
    }
  }
  return written;
}

const WRITERS: Array<[ModelLabel, string, string]> = [
  ['Topic', 'write-topics', 'bulk-topics'],
  ['Actor', 'write-actors', 'bulk-actors'],
  ['Source', 'write-sources', 'bulk-sources'],
  ['Claim', 'write-claims', 'bulk-claims'],
  ['Statement', 'write-statements', 'bulk-statements'],
  ['Stance', 'write-stances', 'bulk-stances'],
];

const FORMULAS: Partial<Record<ModelLabel, Record<string, string>>> = {
  Topic: DERIVATIONS.topicKeys.cypher,
  Actor: DERIVATIONS.actorKeys.cypher,
  Statement: DERIVATIONS.statementAt.cypher,
};

describe('the write model', () => {
  describe.each(WRITERS)('%s', (label, merge, bulk) => {
    it.each([merge, bulk])('is what %s stores, with the model’s derivations', (query) => {
      const written = writtenProperties(cypher(query), label);
      expect([...written.keys()].sort()).toEqual(
        modelProperties(label)
          .map(([name]) => name)
          .sort(),
      );
      for (const [property, formula] of Object.entries(FORMULAS[label] ?? {})) {
        expect([property, written.get(property)]).toEqual([property, squash(formula)]);
      }
    });
  });

  it('is the offline importer’s columns, derived values included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-model-'));
    try {
      const writer = new ImportFileWriter(dir);
      writer.write({
        kind: 'statements',
        data: {
          topics: [{ id: 'topic:t', name: 'Ärger', aliases: ['Zorn'] }],
          actors: [{ id: 'actor:a', name: 'Ana', kind: 'PERSON', aliases: ['A.'], affiliations: [] }],
          sources: [
            {
              id: 'source:s',
              kind: 'ARTICLE',
              publishedAt: '2020-02-02',
              text: 'Ana said so.',
              derivedFrom: [],
            },
          ],
          claims: [{ id: 'claim:c', text: 'So.', topicIds: [] }],
          claimLinks: [],
          statements: [
            {
              id: 'stmt:s',
              sourceId: 'source:s',
              speakerId: 'actor:a',
              text: 'so',
              direct: true,
              cue: 'say',
              viaIds: [],
              confidence: 0.5,
              speakerMethod: 'exact',
              speakerConfidence: 0.9,
              claimMethod: 'subspan',
              claimScore: 0.75,
            },
          ],
          stances: [{ id: 'stance:x', actorId: 'actor:a', polarity: 'SUPPORT', evidenceIds: [] }],
        },
      });
      writer.close();
      const table = (file: string) => readFileSync(join(dir, file), 'utf8').trim().split('\n');
      for (const [label, file] of [
        ['Topic', 'topics.csv'],
        ['Actor', 'actors.csv'],
        ['Source', 'sources.csv'],
        ['Claim', 'claims.csv'],
        ['Statement', 'statements.csv'],
        ['Stance', 'stances.csv'],
      ] as const) {
        const [header] = table(file);
        expect(header?.split(',').map((column) => column.split(':')[0])).toEqual(
          modelProperties(label).map(([name]) => name),
        );
      }
      const statement = table('statements.csv')[1]?.split(',');
      expect(statement?.slice(-5)).toEqual(['"exact"', '0.9', '"subspan"', '0.75', '2020-02-02']);
      expect(table('sources.csv')[1]).toContain('"Ana said so."');
      expect(table('topics.csv')[1]).toBe('"topic:t","Ärger","Zorn","ärger","zorn"," | Zorn"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every label the writers write', () => {
    expect(Object.keys(WRITE_MODEL).sort()).toEqual(WRITERS.map(([label]) => label).sort());
  });
});

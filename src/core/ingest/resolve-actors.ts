// Names found in an article -> actors already in the graph, through a full-text look-up of
// candidates (one round trip for all names) and the extractor's guarded matcher.

import type { ManagedTransaction } from 'neo4j-driver';
import type { ActorKind } from '../../domain/model';
import { matchName, type NameMatch } from '../../extract';
import { cypher } from '../../store/repo/cypher';
import { luceneTerms } from '../../store/repo/lucene';

export interface ActorMatch extends NameMatch {
  kind: ActorKind;
}

/** For each name (by index), the graph actor it denotes, if exactly one fits. */
export async function resolveNames(
  tx: ManagedTransaction,
  names: readonly string[],
): Promise<Map<string, ActorMatch>> {
  const mentions = names
    .map((name) => ({ key: name, terms: luceneTerms(name) }))
    .filter((mention): mention is { key: string; terms: string } => mention.terms !== undefined);
  if (mentions.length === 0) return new Map();
  const result = await tx.run(cypher('actor-candidates'), { mentions });
  const candidates = new Map<string, Array<{ id: string; names: string[]; kind: ActorKind }>>();
  for (const record of result.records) {
    const key = String(record.get('key'));
    const list = candidates.get(key) ?? [];
    list.push({
      id: String(record.get('id')),
      names: record.get('names') as string[],
      kind: record.get('kind') as ActorKind,
    });
    candidates.set(key, list);
  }
  const matches = new Map<string, ActorMatch>();
  for (const name of names) {
    const list = candidates.get(name) ?? [];
    const match = matchName(name, list);
    const kind = list.find((candidate) => candidate.id === match?.id)?.kind;
    if (match && kind) matches.set(name, { ...match, kind });
  }
  return matches;
}

// What ingestion reads inside its write transaction: the actors its names may denote.

import type { ActorKind } from '../../domain/model';
import type { Transaction } from '../neo4j/database';
import { cypher } from './cypher';
import { luceneTerms } from './lucene';

export interface ActorCandidate {
  id: string;
  /** the canonical name and the aliases */
  names: string[];
  kind: ActorKind;
}

/** For each name, the actors a full-text look-up offers for it (one round trip for all names). */
export async function actorCandidates(
  tx: Transaction,
  names: readonly string[],
): Promise<Map<string, ActorCandidate[]>> {
  const mentions = names
    .map((name) => ({ key: name, terms: luceneTerms(name) }))
    .filter((mention): mention is { key: string; terms: string } => mention.terms !== undefined);
  const candidates = new Map<string, ActorCandidate[]>();
  if (mentions.length === 0) return candidates;
  const result = await tx.run(cypher('actor-candidates'), { mentions });
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
  return candidates;
}

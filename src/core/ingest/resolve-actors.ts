// Names found in an article -> actors already in the graph: the store offers candidates, the
// extractor's guarded matcher picks the one that fits.

import type { ActorKind } from '../../domain/model';
import { matchName, type NameMatch } from '../../extract';
import type { Transaction } from '../../store/neo4j/database';
import { actorCandidates } from '../../store/repo/ingest-lookups';

export interface ActorMatch extends NameMatch {
  kind: ActorKind;
}

/** For each name, the graph actor it denotes, if exactly one fits. */
export async function resolveNames(
  tx: Transaction,
  names: readonly string[],
): Promise<Map<string, ActorMatch>> {
  const candidates = await actorCandidates(tx, names);
  const matches = new Map<string, ActorMatch>();
  for (const name of names) {
    const list = candidates.get(name) ?? [];
    const match = matchName(name, list);
    const kind = list.find((candidate) => candidate.id === match?.id)?.kind;
    if (match && kind) matches.set(name, { ...match, kind });
  }
  return matches;
}

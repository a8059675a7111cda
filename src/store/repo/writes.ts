// What every mutation's checks read: which referenced ids exist. Each function takes the
// caller's write transaction so a mutation's checks and writes commit together or not at all.

import type { ManagedTransaction } from 'neo4j-driver';
import type { ClaimLink } from '../../domain/model';
import { cypher } from './cypher';
import { writeDataSet } from './dataset-writer';

export type NodeLabel = 'Actor' | 'Source' | 'Claim' | 'Topic' | 'Statement';

// One fixed query per label: labels cannot be parameters, and these come from a closed set.
const EXISTING: Record<NodeLabel, string> = {
  Actor: 'MATCH (n:Actor) WHERE n.id IN $ids RETURN n.id AS id',
  Source: 'MATCH (n:Source) WHERE n.id IN $ids RETURN n.id AS id',
  Claim: 'MATCH (n:Claim) WHERE n.id IN $ids RETURN n.id AS id',
  Topic: 'MATCH (n:Topic) WHERE n.id IN $ids RETURN n.id AS id',
  Statement: 'MATCH (n:Statement) WHERE n.id IN $ids RETURN n.id AS id',
};

/** The ids among `ids` that no node with `label` has. */
export async function missingIds(
  tx: ManagedTransaction,
  label: NodeLabel,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(EXISTING[label], { ids: [...new Set(ids)] });
  const found = new Set(result.records.map((record) => String(record.get('id'))));
  return ids.filter((id) => !found.has(id));
}

export async function writeClaimLink(tx: ManagedTransaction, link: ClaimLink): Promise<void> {
  await writeDataSet(tx, { claimLinks: [link] });
}

/** The relations (CONTRADICTS, DENIES, SUPPORTS) `fromClaimId` has to `toClaimId`, sorted. */
export async function claimRelationsBetween(
  tx: ManagedTransaction,
  fromClaimId: string,
  toClaimId: string,
): Promise<string[]> {
  const result = await tx.run(cypher('claim-relations-between'), { fromClaimId, toClaimId });
  return result.records.map((record) => String(record.get('relation')));
}

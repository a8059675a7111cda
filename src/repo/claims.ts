import type { Database } from '../db/database';
import type { Claim, ClaimRelation } from '../domain/model';
import { cypher } from './cypher';
import { toClaim } from './mappers';

export interface ClaimLinkRow {
  relation: ClaimRelation;
  direction: 'OUTGOING' | 'INCOMING';
  claimId: string;
}

export interface ClaimConflictRow {
  claimId: string;
  otherId: string;
  relation: ClaimRelation;
}

export async function claimsByIds(db: Database, ids: readonly string[]): Promise<Claim[]> {
  const result = await db.read('claims.by-ids', cypher('claims-by-ids'), { ids: [...ids] });
  return result.records.map((record) => toClaim(record.get('claim')));
}

export async function claimLinksByClaimIds(db: Database, ids: readonly string[]) {
  const result = await db.read('claims.links', cypher('claim-links-by-claim-ids'), { ids: [...ids] });
  return result.records.map((record) => ({
    key: String(record.get('key')),
    relation: record.get('relation') as ClaimRelation,
    direction: record.get('direction') as ClaimLinkRow['direction'],
    claimId: String(record.get('otherId')),
  }));
}

/** Source ids per claim, earliest published first. */
export async function appearancesByClaimIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const result = await db.read('claims.appearances', cypher('appearances-by-claim-ids'), { ids: [...ids] });
  return new Map(
    result.records.map((record) => [String(record.get('key')), record.get('sourceIds') as string[]]),
  );
}

export async function claimIdsByTopicIds(db: Database, ids: readonly string[]) {
  const result = await db.read('claims.by-topic-ids', cypher('claims-by-topic-ids'), { ids: [...ids] });
  return result.records.map((record) => ({
    key: String(record.get('key')),
    claimId: String(record.get('claimId')),
  }));
}

export async function contradictions(
  db: Database,
  actorIds: string[] | null,
  topicIds: string[] | null,
): Promise<ClaimConflictRow[]> {
  const result = await db.read('claims.contradictions', cypher('contradictions'), { actorIds, topicIds });
  return result.records.map((record) => ({
    claimId: String(record.get('claimId')),
    otherId: String(record.get('otherId')),
    relation: record.get('relation') as ClaimRelation,
  }));
}

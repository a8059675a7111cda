import type { Claim, ClaimRelation } from '../../domain/model';
import type { Database } from '../neo4j/database';
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

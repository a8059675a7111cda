import type { Claim, ClaimRelation } from '../../domain/model';
import type { Database } from '../neo4j/database';
import { toNumber } from '../neo4j/values';
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

export interface ClaimDay {
  day: string;
  sources: number;
  outlets: number;
}

export interface ClaimSpread {
  claimId: string;
  sources: number;
  outlets: number;
  firstSeen?: string;
  lastSeen?: string;
  /** earliest first, at most 366 days */
  byDay: ClaimDay[];
}

export async function claimSpreads(db: Database, ids: readonly string[]): Promise<Map<string, ClaimSpread>> {
  const result = await db.read('claims.spreads', cypher('claim-spreads'), { ids: [...ids] });
  return new Map(
    result.records.map((record) => {
      const firstSeen = record.get('firstSeen');
      const lastSeen = record.get('lastSeen');
      const spread: ClaimSpread = {
        claimId: String(record.get('id')),
        sources: toNumber(record.get('sources')),
        outlets: toNumber(record.get('outlets')),
        ...(firstSeen ? { firstSeen: String(firstSeen) } : {}),
        ...(lastSeen ? { lastSeen: String(lastSeen) } : {}),
        byDay: (record.get('byDay') as Array<Record<string, unknown>>).map((day) => ({
          day: String(day.day),
          sources: toNumber(day.sources),
          outlets: toNumber(day.outlets),
        })),
      };
      return [spread.claimId, spread];
    }),
  );
}

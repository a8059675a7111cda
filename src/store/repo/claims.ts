import { MAX_SPREAD_DAYS } from '../../domain/limits';
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
      const days = record.get('days') as Array<{ day: string | null; sources: unknown; outlets: string[] }>;
      const outlets = new Set(days.flatMap((day) => day.outlets));
      const dated = days.filter((day): day is typeof day & { day: string } => day.day !== null);
      const spread: ClaimSpread = {
        claimId: String(record.get('id')),
        sources: days.reduce((sum, day) => sum + toNumber(day.sources), 0),
        outlets: outlets.size,
        ...(dated[0] ? { firstSeen: dated[0].day } : {}),
        ...(dated.at(-1) ? { lastSeen: dated.at(-1)?.day } : {}),
        byDay: dated.slice(0, MAX_SPREAD_DAYS).map((day) => ({
          day: day.day,
          sources: toNumber(day.sources),
          outlets: day.outlets.length,
        })),
      };
      return [spread.claimId, spread];
    }),
  );
}

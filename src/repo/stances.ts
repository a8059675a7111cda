import type { Database } from '../db/database';
import { neo4jDate } from '../db/values';
import type { Stance } from '../domain/model';
import { cypher } from './cypher';
import { toStance } from './mappers';

export interface StanceQuery {
  /** null: any holder */
  actorIds: string[] | null;
  /** topic or actor ids; null: about anything */
  aboutIds: string[] | null;
  asOf?: string | null;
}

export async function findStances(db: Database, query: StanceQuery): Promise<Stance[]> {
  // Known targets anchor the match on their ids; otherwise every stance is a candidate.
  const name = query.aboutIds === null ? 'stances' : 'stances-about';
  const result = await db.read('stances.find', cypher(name), {
    actorIds: query.actorIds,
    aboutIds: query.aboutIds,
    asOf: neo4jDate(query.asOf ?? null),
  });
  return result.records.map((record) => toStance(record.get('stance')));
}

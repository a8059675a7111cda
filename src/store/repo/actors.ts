import type { Actor } from '../../domain/model';
import type { Database } from '../neo4j/database';
import { toNumber } from '../neo4j/values';
import {
  type ActorKey,
  type ActorListFilter,
  buildActorCountQuery,
  buildActorPageQuery,
} from './actor-query';
import { cypher } from './cypher';
import { lucenePhrase } from './lucene';
import { toActor } from './mappers';
import { type Connection, encodeCursor, keyDecoder, type PageRequest, toConnection } from './pagination';

export interface AffiliationRow {
  memberId: string;
  organizationId: string;
  title: string;
  since?: string;
  until?: string;
}

export async function actorsByIds(db: Database, ids: readonly string[]): Promise<Actor[]> {
  const result = await db.read('actors.by-ids', cypher('actors-by-ids'), { ids: [...ids] });
  return result.records.map((record) => toActor(record.get('actor')));
}

/** Ids of actors whose canonical name or an alias equals `name`, case-insensitively. */
export async function actorIdsByName(db: Database, name: string): Promise<string[]> {
  const phrase = lucenePhrase(name);
  if (!phrase) return [];
  const result = await db.read('actors.ids-by-name', cypher('actor-ids-by-name'), {
    key: name.trim().toLowerCase(),
    phrase,
  });
  return result.records.map((record) => String(record.get('id')));
}

export const actorCursor = (actor: Actor) => encodeCursor('actor', [actor.name.toLowerCase(), actor.id]);

export const decodeActorKey = keyDecoder<ActorKey>('actor', ([nameKey, id]) =>
  typeof nameKey === 'string' && typeof id === 'string' ? { nameKey, id } : undefined,
);

export async function listActors(
  db: Database,
  filter: ActorListFilter,
  page: PageRequest<ActorKey>,
): Promise<Connection<Actor>> {
  const { cypher: query, params } = buildActorPageQuery(filter, page);
  const result = await db.read('actors.page', query, params);
  const actors = result.records.map((record) => toActor(record.get('actor')));
  return toConnection(page, actors, actorCursor, async () => {
    const count = buildActorCountQuery(filter);
    const counted = await db.read('actors.count', count.cypher, count.params);
    return toNumber(counted.records[0]?.get('total') ?? 0);
  });
}

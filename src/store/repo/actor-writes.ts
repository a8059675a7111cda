// An actor upsert's reads and write, inside the caller's transaction (which has locked the
// actor, src/store/repo/locks.ts).

import type { Actor } from '../../domain/model';
import type { Transaction } from '../neo4j/database';
import { int } from '../neo4j/values';
import { actorsByIdsIn } from './actors';
import { cypher } from './cypher';
import { type LinkMode, writeDataSet } from './dataset-writer';

/** The ids of (at most `limit`) actors whose name key is `key`, through the nameKey index. */
export async function actorIdsByNameKey(tx: Transaction, key: string, limit = 3): Promise<string[]> {
  const result = await tx.run(cypher('actor-ids-by-name-key'), { key, limit: int(limit) });
  return result.records.map((record) => String(record.get('id')));
}

/** The stored actors among these ids, by id (one round trip). */
export async function storedActors(tx: Transaction, ids: readonly string[]): Promise<Map<string, Actor>> {
  if (ids.length === 0) return new Map();
  return new Map((await actorsByIdsIn(tx, ids)).map((actor) => [actor.id, actor]));
}

export async function storedActor(tx: Transaction, id: string): Promise<Actor | undefined> {
  return (await storedActors(tx, [id])).get(id);
}

/** Writes the actor whole; its affiliations are kept, added to, or replaced by `actor.affiliations`. */
export async function writeActor(tx: Transaction, actor: Actor, affiliations: LinkMode): Promise<Actor> {
  await writeDataSet(tx, { actors: [actor] }, { 'write-affiliations': affiliations });
  return (await storedActor(tx, actor.id)) as Actor;
}

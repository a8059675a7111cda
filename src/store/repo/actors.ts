import type { QueryResult } from 'neo4j-driver';
import type { Actor } from '../../domain/model';
import type { Database, Transaction } from '../neo4j/database';
import { toNumber } from '../neo4j/values';
import {
  type ActorKey,
  type ActorListFilter,
  buildActorCountQuery,
  buildActorPageQuery,
} from './actor-query';
import { cypher } from './cypher';
import { lucenePhrase, luceneTerms } from './lucene';
import { toActor } from './mappers';
import type { PageRequest } from './page-request';

export interface AffiliationRow {
  memberId: string;
  organizationId: string;
  title: string;
  since?: string;
  until?: string;
}

const actorsOf = (result: QueryResult) => result.records.map((record) => toActor(record.get('actor')));

export async function actorsByIds(db: Database, ids: readonly string[]): Promise<Actor[]> {
  return actorsOf(await db.read('actors.by-ids', cypher('actors-by-ids'), { ids: [...ids] }));
}

/** The same, inside the caller's transaction: a write reads what it locked. */
export async function actorsByIdsIn(tx: Transaction, ids: readonly string[]): Promise<Actor[]> {
  return actorsOf(await tx.run(cypher('actors-by-ids'), { ids: [...ids] }));
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

/** Up to page.size + 1 actors in name order from the page's key (the extra one says there is more). */
export async function actorPage(
  db: Database,
  filter: ActorListFilter,
  page: PageRequest<ActorKey>,
): Promise<Actor[]> {
  const { cypher: query, params } = buildActorPageQuery(filter, page);
  const result = await db.read('actors.page', query, params);
  return result.records.map((record) => toActor(record.get('actor')));
}

export async function countActors(db: Database, filter: ActorListFilter): Promise<number> {
  const count = buildActorCountQuery(filter);
  const counted = await db.read('actors.count', count.cypher, count.params);
  return toNumber(counted.records[0]?.get('total') ?? 0);
}

/** Actors a full-text look-up of the name's words offers (at most 25), with every name they go by. */
export async function actorNameCandidates(
  db: Database,
  name: string,
): Promise<Array<{ id: string; names: string[]; kind: string }>> {
  const terms = luceneTerms(name);
  if (!terms) return [];
  const result = await db.read('actors.name-candidates', cypher('actor-candidates'), {
    mentions: [{ key: name, terms }],
  });
  return result.records.map((record) => ({
    id: String(record.get('id')),
    names: (record.get('names') as unknown[]).map(String),
    kind: String(record.get('kind')),
  }));
}

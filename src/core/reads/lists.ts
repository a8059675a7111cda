// The lists that grow with the data, by name: graph-wide ones (topics, stances, conflicts) read
// one page here; neighbour lists (a claim's appearances, a topic's claims) are read for many
// owners at once by the API's loaders through readOwnedListPages.

import type { Database } from '../../store/neo4j/database';
import { neo4jDate } from '../../store/neo4j/values';
import type { KeyedRow, ListKey } from '../../store/repo/keyset-list';
import { countList, readListPage } from '../../store/repo/list-pages';
import {
  AUDIT_ENTRIES,
  AUDIT_ENTRIES_OF_TARGET,
  CONTRADICTIONS,
  type ListDefinition,
  STANCES,
  STANCES_ABOUT,
  TOPICS,
} from '../../store/repo/lists';
import type { PageRequest } from '../../store/repo/page-request';

export { countOwnedLists, readOwnedListPages } from '../../store/repo/list-pages';
export {
  ACTOR_AFFILIATIONS,
  ACTOR_MEMBERS,
  ACTOR_STANCES,
  CLAIM_APPEARANCES,
  CLAIM_RELATIONS,
  CLAIM_TOPICS,
  CONTRADICTIONS,
  type ListDefinition,
  type ListEntity,
  SOURCE_DERIVATIVES,
  SOURCE_DERIVED_FROM,
  TOPIC_CLAIMS,
  TOPICS,
} from '../../store/repo/lists';

export interface ListPage<T> {
  list: ListDefinition<T>;
  /** up to page.size + 1 keyed rows: the extra one says there is another page */
  rows: KeyedRow<T>[];
  count: () => Promise<number>;
}

export async function readGraphList<T>(
  db: Database,
  list: ListDefinition<T>,
  page: PageRequest<ListKey>,
  params: Record<string, unknown> = {},
): Promise<ListPage<T>> {
  const rows = await readListPage(db, list, page, params);
  return { list, rows, count: () => countList(db, list, params) };
}

export const readTopics = (db: Database, page: PageRequest<ListKey>) => readGraphList(db, TOPICS, page);

export interface StanceQuery {
  /** holders' ids; null: anyone */
  actorIds: string[] | null;
  /** topics' and target actors' ids; null: anything */
  aboutIds: string[] | null;
  /** stances held on that day */
  asOf?: string | null;
}

/** Known targets anchor the match on their ids; otherwise every stance is a candidate. */
export function stanceList({ aboutIds }: Pick<StanceQuery, 'aboutIds'>) {
  return aboutIds === null ? STANCES : STANCES_ABOUT;
}

export const readStances = (db: Database, query: StanceQuery, page: PageRequest<ListKey>) =>
  readGraphList(db, stanceList(query), page, {
    actorIds: query.actorIds,
    aboutIds: query.aboutIds,
    asOf: neo4jDate(query.asOf ?? null),
  });

export const readContradictions = (
  db: Database,
  query: { actorIds: string[] | null; topicIds: string[] | null },
  page: PageRequest<ListKey>,
) => readGraphList(db, CONTRADICTIONS, page, query);

/** Parameters of an actor's stances list (Actor.stances). */
export const stancesAsOf = (asOf: string | null | undefined) => ({ asOf: neo4jDate(asOf ?? null) });

export interface AuditQuery {
  targetId: string | null;
  by: string | null;
  operation: string | null;
}

/** A known target anchors the trail on its entries; otherwise every entry is a candidate. */
export function auditList({ targetId }: Pick<AuditQuery, 'targetId'>) {
  return targetId === null ? AUDIT_ENTRIES : AUDIT_ENTRIES_OF_TARGET;
}

export const readAuditTrail = (db: Database, query: AuditQuery, page: PageRequest<ListKey>) =>
  readGraphList(db, auditList(query), page, { ...query });

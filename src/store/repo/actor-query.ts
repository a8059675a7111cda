// Actor lists composed from fixed parts (see statement-query.ts for why).

import type { ActorKind } from '../../domain/model';
import { int } from '../neo4j/values';
import { fragment } from './cypher';
import type { PageRequest } from './page-request';
import type { BuiltQuery } from './statement-query';

export interface ActorKey {
  nameKey: string;
  id: string;
}

export interface ActorListFilter {
  /** Lucene terms, already escaped */
  search?: string;
  kind?: ActorKind;
}

function parts(filter: ActorListFilter, params: Record<string, unknown>) {
  const conditions: string[] = [];
  let anchor = 'MATCH (a:Actor)';
  if (filter.search !== undefined) {
    params.search = filter.search;
    anchor = "CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node AS a";
  }
  if (filter.kind !== undefined) {
    params.kind = filter.kind;
    conditions.push('a.kind = $kind');
  }
  return { anchor, conditions };
}

const where = (conditions: string[]) => (conditions.length > 0 ? `\nWHERE ${conditions.join(' AND ')}` : '');

export function buildActorPageQuery(filter: ActorListFilter, page: PageRequest<ActorKey>): BuiltQuery {
  const params: Record<string, unknown> = { limit: int(page.size + 1) };
  const { anchor, conditions } = parts(filter, params);
  if (page.from) {
    params.cursorKey = page.from.nameKey;
    params.cursorId = page.from.id;
    conditions.push(
      page.direction === 'forward'
        ? '(a.nameKey > $cursorKey OR (a.nameKey = $cursorKey AND a.id > $cursorId))'
        : '(a.nameKey < $cursorKey OR (a.nameKey = $cursorKey AND a.id < $cursorId))',
    );
  }
  const order = page.direction === 'forward' ? 'a.nameKey ASC, a.id ASC' : 'a.nameKey DESC, a.id DESC';
  return {
    cypher: `${anchor}${where(conditions)}\nWITH a ORDER BY ${order} LIMIT $limit\nRETURN ${fragment('actor-fields')} AS actor`,
    params,
  };
}

export function buildActorCountQuery(filter: ActorListFilter): BuiltQuery {
  const params: Record<string, unknown> = {};
  const { anchor, conditions } = parts(filter, params);
  return { cypher: `${anchor}${where(conditions)}\nRETURN count(a) AS total`, params };
}

// Query.sources: a filter as clients write it (an outlet's name, title words, dates) -> the
// keyset list that answers it fastest, and its parameters.

import { BadUserInputError } from '../../domain/errors';
import { SOURCE_KINDS } from '../../domain/model';
import type { Database } from '../../store/neo4j/database';
import { neo4jDate } from '../../store/neo4j/values';
import type { ListKey } from '../../store/repo/keyset-list';
import { SOURCES, SOURCES_OF_OUTLETS, SOURCES_TITLED } from '../../store/repo/lists';
import { luceneAllTerms } from '../../store/repo/lucene';
import type { PageRequest } from '../../store/repo/page-request';
import type { SourceFilterInput } from '../inputs';
import type { NameLookup } from '../statement-filter';
import { checkOneOf, checkSearchText, parseIsoDate } from '../validate';
import { type ListPage, readGraphList } from './lists';

export interface SourceQuery {
  /** null: any outlet; [] (a name that matches no one): no source */
  outletIds: string[] | null;
  titleTerms: string | null;
  kind: string | null;
  from: string | null;
  to: string | null;
}

export async function resolveSourceFilter(
  names: Pick<NameLookup, 'actorIds'>,
  filter: SourceFilterInput | null | undefined,
): Promise<SourceQuery> {
  const from = filter?.from == null ? null : parseIsoDate(filter.from, 'filter.from');
  const to = filter?.to == null ? null : parseIsoDate(filter.to, 'filter.to');
  if (from !== null && to !== null && from > to) {
    throw new BadUserInputError(`filter.from (${from}) is after filter.to (${to})`, 'filter.from');
  }
  let titleTerms: string | null = null;
  if (filter?.title != null) {
    titleTerms = luceneAllTerms(checkSearchText('filter.title', filter.title)) ?? null;
    if (titleTerms === null) {
      throw new BadUserInputError(
        'filter.title must contain a word to search for',
        'filter.title',
        filter.title,
      );
    }
  }
  return {
    outletIds: filter?.outlet == null ? null : await names.actorIds(filter.outlet),
    titleTerms,
    kind: filter?.kind == null ? null : checkOneOf('filter.kind', filter.kind, SOURCE_KINDS),
    from,
    to,
  };
}

/** Title words anchor on the title index; else known outlets on their sources; else all. */
export function sourceList(query: SourceQuery) {
  if (query.titleTerms !== null) return SOURCES_TITLED;
  return query.outletIds === null ? SOURCES : SOURCES_OF_OUTLETS;
}

export function readSources(
  db: Database,
  query: SourceQuery,
  page: PageRequest<ListKey>,
): Promise<ListPage<ReturnType<typeof SOURCES.map>>> {
  return readGraphList(db, sourceList(query), page, {
    outletIds: query.outletIds,
    titleTerms: query.titleTerms,
    kind: query.kind,
    from: neo4jDate(query.from),
    to: neo4jDate(query.to),
  });
}

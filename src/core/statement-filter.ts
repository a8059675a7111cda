// StatementFilter as clients write it (names, free text) -> ids and escaped terms.

import { BadUserInputError } from '../domain/errors';
import type { Database } from '../store/neo4j/database';
import { luceneAllTerms } from '../store/repo/lucene';
import type { ResolvedStatementFilter } from '../store/repo/statement-query';
import { topicIdsByName } from '../store/repo/topics';
import type { StatementFilterInput } from './inputs';
import { actorIdsForName } from './reads/actor-names';
import { checkSearchText, parseIsoDate } from './validate';

/** Name look-ups the caller provides, so one request resolves each name once. */
export interface NameLookup {
  actorIds(name: string): Promise<string[]>;
  topicIds(name: string): Promise<string[]>;
}

export async function resolveStatementFilter(
  names: NameLookup,
  filter: StatementFilterInput | null | undefined,
): Promise<ResolvedStatementFilter> {
  if (!filter) return {};
  const resolved: ResolvedStatementFilter = {};
  // A name that matches nobody selects nothing (IN []), rather than being ignored.
  if (filter.speaker != null) resolved.speakerIds = await names.actorIds(filter.speaker);
  if (filter.topic != null) resolved.topicIds = await names.topicIds(filter.topic);
  if (filter.sourceId != null) resolved.sourceId = filter.sourceId;
  if (filter.from != null) resolved.from = parseIsoDate(filter.from, 'filter.from');
  if (filter.to != null) resolved.to = parseIsoDate(filter.to, 'filter.to');
  if (filter.from != null && filter.to != null && filter.from > filter.to) {
    throw new BadUserInputError(
      `filter.from (${filter.from}) is after filter.to (${filter.to})`,
      'filter.from',
    );
  }
  if (filter.direct != null) resolved.direct = filter.direct;
  if (filter.text != null) {
    const terms = luceneAllTerms(checkSearchText('filter.text', filter.text));
    if (!terms)
      throw new BadUserInputError(
        'filter.text must contain a word to search for',
        'filter.text',
        filter.text,
      );
    resolved.text = terms;
  }
  return resolved;
}

/** Name look-ups straight from the graph, for callers without a request's loaders (the CLI). */
export function graphNameLookup(db: Database): NameLookup {
  return {
    actorIds: (name) => actorIdsForName(db, name),
    topicIds: (name) => topicIdsByName(db, name),
  };
}

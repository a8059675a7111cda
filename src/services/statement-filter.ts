// StatementFilter as clients write it (names, free text) -> ids and escaped terms.

import { BadUserInputError } from '../errors';
import type { StatementFilter } from '../generated/graphql';
import type { Loaders } from '../loaders';
import { luceneAllTerms } from '../repo/lucene';
import type { ResolvedStatementFilter } from '../repo/statement-query';

export async function resolveStatementFilter(
  loaders: Loaders,
  filter: StatementFilter | null | undefined,
): Promise<ResolvedStatementFilter> {
  if (!filter) return {};
  const resolved: ResolvedStatementFilter = {};
  // A name that matches nobody selects nothing (IN []), rather than being ignored.
  if (filter.speaker != null) resolved.speakerIds = await loaders.actorIdsByName.load(filter.speaker);
  if (filter.topic != null) resolved.topicIds = await loaders.topicIdsByName.load(filter.topic);
  if (filter.sourceId != null) resolved.sourceId = filter.sourceId;
  if (filter.from != null) resolved.from = filter.from;
  if (filter.to != null) resolved.to = filter.to;
  if (filter.from != null && filter.to != null && filter.from > filter.to) {
    throw new BadUserInputError(
      `filter.from (${filter.from}) is after filter.to (${filter.to})`,
      'filter.from',
    );
  }
  if (filter.direct != null) resolved.direct = filter.direct;
  if (filter.text != null) {
    const terms = luceneAllTerms(filter.text);
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

import { BadUserInputError } from '../../domain/errors';
import type { Database } from '../../store/neo4j/database';
import { luceneTerms } from '../../store/repo/lucene';
import { type SearchHitRow, searchAll } from '../../store/repo/search';
import { checkSearchText } from '../validate';

const MAX_SEARCH_HITS = 100;

/** The best `first` (1 to 100, default 20) full-text matches over statements, claims and actors. */
export async function search(
  db: Database,
  query: string,
  first: number | null | undefined,
): Promise<SearchHitRow[]> {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_HITS) {
    throw new BadUserInputError(
      `first must be an integer from 1 to ${MAX_SEARCH_HITS}, got ${limit}`,
      'first',
      first,
    );
  }
  const terms = luceneTerms(checkSearchText('query', query));
  if (!terms) throw new BadUserInputError('query must contain a word to search for', 'query', query);
  return searchAll(db, terms, limit);
}

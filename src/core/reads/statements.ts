import type { Statement } from '../../domain/model';
import type { Database } from '../../store/neo4j/database';
import type { PageRequest } from '../../store/repo/page-request';
import type { StatementIncludes, StatementKey } from '../../store/repo/statement-query';
import { countStatements, type RelatedObjects, statementPage } from '../../store/repo/statements';
import type { StatementFilterInput } from '../inputs';
import { type NameLookup, resolveStatementFilter } from '../statement-filter';

export {
  countStatementsOfOwners,
  type RelatedObjects,
  statementsByIds,
  statementsOfOwners,
} from '../../store/repo/statements';

export interface StatementPage {
  /** up to page.size + 1 rows: the extra one says there is another page */
  rows: Statement[];
  /** the speakers, sources and outlets `includes` asked for */
  related: RelatedObjects;
  /** the filter's total, counted only when called */
  count: () => Promise<number>;
}

/** One page of the statements a filter selects (names resolved through `names`). */
export async function readStatements(
  db: Database,
  names: NameLookup,
  filter: StatementFilterInput | null | undefined,
  page: PageRequest<StatementKey>,
  includes: StatementIncludes = {},
): Promise<StatementPage> {
  const resolved = await resolveStatementFilter(names, filter);
  const related: RelatedObjects = { actors: [], sources: [] };
  const rows = await statementPage(db, resolved, page, includes, related);
  return { rows, related, count: () => countStatements(db, resolved) };
}

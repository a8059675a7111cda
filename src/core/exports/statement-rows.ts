// The statements an export writes: a StatementFilter as clients write it, read page after page
// in the API's order (newest first, keyset cursors), so a 1M-statement graph streams through
// one page in memory at a time.

import type { Database } from '../../store/neo4j/database';
import { exportRowsPage, type StatementExportRow } from '../../store/repo/export-rows';
import type { ResolvedStatementFilter, StatementKey } from '../../store/repo/statement-query';
import type { StatementFilterInput } from '../inputs';
import { type NameLookup, resolveStatementFilter } from '../statement-filter';

export type { ExportSource, StatementExportRow } from '../../store/repo/export-rows';

export const EXPORT_PAGE_SIZE = 1000;

export interface ExportProgress {
  /** rows read so far */
  rows: number;
}

/**
 * The rows, once the filter is resolved: a filter that cannot be used fails here, before an
 * export has written (or an HTTP response has promised) anything.
 */
export async function statementExportRows(
  db: Database,
  names: NameLookup,
  filter: StatementFilterInput | null | undefined,
  options: { pageSize?: number; onPage?: (progress: ExportProgress) => void; shape?: 'full' | 'table' } = {},
): Promise<AsyncGenerator<StatementExportRow>> {
  return pages(db, await resolveStatementFilter(names, filter), {
    size: options.pageSize ?? EXPORT_PAGE_SIZE,
    shape: options.shape ?? 'full',
    ...(options.onPage ? { onPage: options.onPage } : {}),
  });
}

async function* pages(
  db: Database,
  resolved: ResolvedStatementFilter,
  {
    size,
    shape,
    onPage,
  }: { size: number; shape: 'full' | 'table'; onPage?: (progress: ExportProgress) => void },
): AsyncGenerator<StatementExportRow> {
  let from: StatementKey | undefined;
  let rows = 0;
  for (;;) {
    const read = await exportRowsPage(db, resolved, { direction: 'forward', size, from }, shape);
    const page = read.slice(0, size);
    for (const row of page) yield row;
    rows += page.length;
    onPage?.({ rows });
    const last = page.at(-1);
    if (read.length <= size || !last) return;
    from = { at: last.at, id: last.id };
  }
}

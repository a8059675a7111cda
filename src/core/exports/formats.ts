// The export formats, by name (the CLI's --format) and by path (GET /export/<file>): each turns
// the statements a filter selects into a stream of text chunks.

import type { Database } from '../../store/neo4j/database';
import type { StatementFilterInput } from '../inputs';
import type { NameLookup } from '../statement-filter';
import { claimsJsonLd } from './claims-jsonld';
import { statementsCsv } from './csv';
import { provJsonLd, provTurtle } from './prov-writers';
import { type ExportProgress, statementExportRows } from './statement-rows';

export interface ExportRequest {
  db: Database;
  names: NameLookup;
  filter: StatementFilterInput | null | undefined;
  /** the linked-data formats' IRI base (CLAIMGRAPH_IRI_BASE) */
  iriBase: string;
  onProgress?: (progress: ExportProgress) => void;
}

export interface ExportFormat {
  /** the CLI's --format */
  name: string;
  /** the HTTP path's file name under /export/ */
  file: string;
  contentType: string;
  /** what its progress counts */
  unit: 'statements' | 'claims';
  /** the text, chunk by chunk; rejects (writing nothing) when the filter cannot be used */
  write(request: ExportRequest): Promise<AsyncIterable<string>>;
}

const rows = ({ db, names, filter, onProgress }: ExportRequest, shape: 'full' | 'table' = 'full') =>
  statementExportRows(db, names, filter, { shape, ...(onProgress ? { onPage: onProgress } : {}) });

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    name: 'csv',
    unit: 'statements',
    file: 'statements.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    write: async (request) => statementsCsv(await rows(request, 'table')),
  },
  {
    name: 'prov-ttl',
    unit: 'statements',
    file: 'prov.ttl',
    contentType: 'text/turtle; charset=utf-8',
    write: async (request) => provTurtle(await rows(request), request.iriBase),
  },
  {
    name: 'prov-jsonld',
    unit: 'statements',
    file: 'prov.jsonld',
    contentType: 'application/ld+json; charset=utf-8',
    write: async (request) => provJsonLd(await rows(request), request.iriBase),
  },
  {
    name: 'claims-jsonld',
    unit: 'claims',
    file: 'claims.jsonld',
    contentType: 'application/ld+json; charset=utf-8',
    // Without a filter, every claim in id order, not every statement's; progress counts claims.
    write: async ({ onProgress, ...request }) =>
      claimsJsonLd(
        request.db,
        hasFilter(request.filter) ? await rows(request) : null,
        request.iriBase,
        onProgress,
      ),
  },
];

function hasFilter(filter: StatementFilterInput | null | undefined): boolean {
  return filter != null && Object.values(filter).some((value) => value != null);
}

export function exportFormatNamed(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.name === name);
}

export function exportFormatAt(file: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.file === file);
}

// Export reads: the statements a filter selects, page after page in the API's order (newest
// first), each a flat record of everything it names, so that any format is written from one
// page in memory at a time.

import type { ActorKind, IsoDate, SourceKind } from '../../domain/model';
import type { Database } from '../neo4j/database';
import { toIsoDate } from '../neo4j/values';
import type { PageRequest } from './page-request';
import {
  buildStatementExportQuery,
  type ResolvedStatementFilter,
  type StatementKey,
} from './statement-query';

export interface ExportOutlet {
  id: string;
  name: string;
}

export interface ExportSource {
  id: string;
  kind: SourceKind;
  title?: string;
  url?: string;
  publishedAt?: IsoDate;
  outlet?: ExportOutlet;
}

export interface StatementExportRow {
  id: string;
  text: string;
  direct: boolean;
  cue: string;
  saidAt?: IsoDate;
  /** the sort date, for the next page's cursor */
  at: IsoDate;
  speaker: { id: string; name: string; kind: ActorKind };
  source: ExportSource;
  /** intermediaries, nearest the speaker first */
  via: ExportSource[];
  claim?: { id: string; text: string; topics: string[] };
}

type Row = Record<string, unknown>;

function toExportSource(row: Row): ExportSource {
  const publishedAt = toIsoDate(row.publishedAt);
  const outlet = row.outlet as Row | null;
  return {
    id: String(row.id),
    kind: row.kind as SourceKind,
    ...(row.title == null ? {} : { title: String(row.title) }),
    ...(row.url == null ? {} : { url: String(row.url) }),
    ...(publishedAt ? { publishedAt } : {}),
    ...(outlet ? { outlet: { id: String(outlet.id), name: String(outlet.name) } } : {}),
  };
}

export function toExportRow(row: Row): StatementExportRow {
  const speaker = row.speaker as Row;
  const claim = row.claim as Row | null;
  const saidAt = toIsoDate(row.saidAt);
  return {
    id: String(row.id),
    text: String(row.text),
    direct: row.direct === true,
    cue: String(row.cue),
    ...(saidAt ? { saidAt } : {}),
    at: toIsoDate(row.at) as IsoDate,
    speaker: { id: String(speaker.id), name: String(speaker.name), kind: speaker.kind as ActorKind },
    source: toExportSource(row.source as Row),
    via: (row.via as Row[]).map(toExportSource),
    ...(claim
      ? {
          claim: {
            id: String(claim.id),
            text: String(claim.text),
            topics: (claim.topics as unknown[]).map(String),
          },
        }
      : {}),
  };
}

/** Up to page.size + 1 export rows after the page's key. */
export async function exportRowsPage(
  db: Database,
  filter: ResolvedStatementFilter,
  page: PageRequest<StatementKey>,
): Promise<StatementExportRow[]> {
  const query = buildStatementExportQuery(filter, page);
  const result = await db.read('export.statements', query.cypher, query.params);
  return result.records.map((record) => toExportRow(record.get('row') as Row));
}

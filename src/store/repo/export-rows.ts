// Export reads: the statements a filter selects, page after page in the API's order (newest
// first), each a flat record of everything it names, so that any format is written from one
// page in memory at a time.

import type { ActorKind, ClaimRelation, DerivationKind, IsoDate, SourceKind } from '../../domain/model';
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
  author?: string;
  publishedAt?: IsoDate;
  outlet?: ExportOutlet;
  /** the publication's derivations (an intermediary's are not read) */
  derivedFrom: Array<{ id: string; relation: DerivationKind }>;
}

export interface ExportStance {
  id: string;
  polarity: string;
  since?: IsoDate;
  until?: IsoDate;
  holderId: string;
  /** the topic or actor it is toward */
  aboutId: string;
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
  claim?: {
    id: string;
    text: string;
    topics: Array<{ id: string; name: string }>;
    /** the relations this claim makes to others */
    relations: Array<{ relation: ClaimRelation; id: string }>;
  };
  /** the stances this statement is evidence of */
  stances: ExportStance[];
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
    ...(row.author == null ? {} : { author: String(row.author) }),
    ...(publishedAt ? { publishedAt } : {}),
    ...(outlet ? { outlet: { id: String(outlet.id), name: String(outlet.name) } } : {}),
    derivedFrom: ((row.derivedFrom as Row[] | undefined) ?? []).map((d) => ({
      id: String(d.id),
      relation: d.relation as DerivationKind,
    })),
  };
}

function toExportStance(row: Row): ExportStance {
  const since = toIsoDate(row.since);
  const until = toIsoDate(row.until);
  return {
    id: String(row.id),
    polarity: String(row.polarity),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    holderId: String(row.holderId),
    aboutId: String(row.aboutId),
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
            topics: (claim.topics as Row[]).map((t) => ({ id: String(t.id), name: String(t.name) })),
            relations: ((claim.relations as Row[] | undefined) ?? []).map((r) => ({
              relation: r.relation as ClaimRelation,
              id: String(r.id),
            })),
          },
        }
      : {}),
    stances: ((row.stances as Row[] | undefined) ?? []).map(toExportStance),
  };
}

/**
 * Up to page.size + 1 export rows after the page's key; a `table` row leaves out derivations,
 * claim relations and stances (their lists are empty).
 */
export async function exportRowsPage(
  db: Database,
  filter: ResolvedStatementFilter,
  page: PageRequest<StatementKey>,
  shape: 'full' | 'table' = 'full',
): Promise<StatementExportRow[]> {
  const query = buildStatementExportQuery(filter, page, shape);
  const result = await db.read('export.statements', query.cypher, query.params);
  return result.records.map((record) => toExportRow(record.get('row') as Row));
}

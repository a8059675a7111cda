// statements.csv: RFC 4180 (CRLF, quoted where needed) through csv-stringify, UTF-8 with a
// byte-order mark so spreadsheet programs read it as UTF-8, one row per statement. A cell that
// a spreadsheet would run as a formula (starting =, +, -, @, tab or CR) is prefixed with an
// apostrophe: quoted text comes from articles anyone can write.

import { stringify } from 'csv-stringify/sync';
import type { StatementExportRow } from './statement-rows';

export const CSV_COLUMNS = [
  'statement_id',
  'speaker',
  'speaker_id',
  'text',
  'direct',
  'cue',
  'said_at',
  'source_id',
  'source_title',
  'source_url',
  'outlet',
  'published_at',
  'via',
  'claim_id',
  'claim_text',
  'topics',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const LIST_SEPARATOR = '; ';

function cell(value: string | undefined): string {
  if (value === undefined) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvRecord(row: StatementExportRow): string[] {
  return [
    row.id,
    cell(row.speaker.name),
    row.speaker.id,
    cell(row.text),
    row.direct ? 'true' : 'false',
    row.cue,
    row.saidAt ?? '',
    row.source.id,
    cell(row.source.title),
    cell(row.source.url),
    cell(row.source.outlet?.name),
    row.source.publishedAt ?? '',
    cell(row.via.map((via) => via.outlet?.name ?? via.kind).join(LIST_SEPARATOR)),
    row.claim?.id ?? '',
    cell(row.claim?.text),
    cell(row.claim?.topics.map((topic) => topic.name).join(LIST_SEPARATOR)),
  ];
}

const OPTIONS = { record_delimiter: 'windows' as const, quoted_match: /[",\r\n]/ };

/** The CSV text, chunk by chunk: the header (with the BOM), then a chunk per `batch` rows. */
export async function* statementsCsv(
  rows: AsyncIterable<StatementExportRow>,
  batch = 500,
): AsyncGenerator<string> {
  yield `\uFEFF${stringify([[...CSV_COLUMNS]], OPTIONS)}`;
  let pending: string[][] = [];
  for await (const row of rows) {
    pending.push(csvRecord(row));
    if (pending.length >= batch) {
      yield stringify(pending, OPTIONS);
      pending = [];
    }
  }
  if (pending.length > 0) yield stringify(pending, OPTIONS);
}

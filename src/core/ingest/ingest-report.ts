// What an ingest wrote, as a person reads it: the article's source id, and each statement
// with its speaker, cue, words and intermediaries (the CLI prints it, or writes it as JSON).

import type { Database } from '../../store/neo4j/database';
import { actorsByIds } from '../../store/repo/actors';
import { sourcesByIds } from '../../store/repo/sources';
import { statementsByIds } from '../../store/repo/statements';
import type { IngestOutcome } from './ingest-article';

export interface ReportedStatement {
  id: string;
  speaker: string;
  cue: string;
  direct: boolean;
  text: string;
  via: Array<{ kind: string; outlet?: string }>;
  claimMatch?: string;
}

export interface IngestReport {
  sourceId: string;
  duplicate: boolean;
  /** the stored article's metadata a re-ingest corrected (TITLE, AUTHOR, PUBLISHED_AT) */
  updatedFields: string[];
  statements: ReportedStatement[];
}

/** The statements an ingest wrote, read back (three round trips, whatever their number). */
export async function ingestReport(db: Database, outcome: IngestOutcome): Promise<IngestReport> {
  // A duplicate, or an article with nothing attributed: nothing to read back.
  if (outcome.statementIds.length === 0) {
    return {
      sourceId: outcome.sourceId,
      duplicate: outcome.duplicate,
      updatedFields: outcome.updatedFields,
      statements: [],
    };
  }
  const statements = await statementsByIds(db, outcome.statementIds);
  const order = new Map(outcome.statementIds.map((id, index) => [id, index]));
  statements.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const vias = await sourcesByIds(db, [...new Set(statements.flatMap((s) => s.viaIds))]);
  const actorIds = [
    ...new Set([
      ...statements.map((s) => s.speakerId),
      ...vias.flatMap((v) => (v.outletId ? [v.outletId] : [])),
    ]),
  ];
  const names = new Map((await actorsByIds(db, actorIds)).map((actor) => [actor.id, actor.name]));
  const viaById = new Map(vias.map((via) => [via.id, via]));
  return {
    sourceId: outcome.sourceId,
    duplicate: outcome.duplicate,
    updatedFields: outcome.updatedFields,
    statements: statements.map((statement) => ({
      id: statement.id,
      speaker: names.get(statement.speakerId) ?? statement.speakerId,
      cue: statement.cue,
      direct: statement.direct,
      text: statement.text,
      via: statement.viaIds.flatMap((id) => {
        const via = viaById.get(id);
        if (!via) return [];
        const outlet = via.outletId ? names.get(via.outletId) : undefined;
        return [{ kind: via.kind, ...(outlet ? { outlet } : {}) }];
      }),
      ...(statement.claimMethod ? { claimMatch: statement.claimMethod } : {}),
    })),
  };
}

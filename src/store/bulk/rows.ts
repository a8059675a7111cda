// GraphDataSet batches -> parameter rows for cypher/queries/bulk-*.cypher. Intra-kind links
// (an actor's affiliation to another actor, a source's derivation from another source) are
// returned separately: they may point into a batch still in flight, so the loader writes
// them once the whole phase is in.

import type { GraphDataSet } from '../../domain/model';
import type { BatchKind } from '../../synthetic/corpus';
import { neo4jDate } from '../neo4j/values';
import { datasetRows } from '../repo/dataset-writer';

export type BulkQuery =
  | 'bulk-topics'
  | 'bulk-actors'
  | 'bulk-affiliations'
  | 'bulk-sources'
  | 'bulk-source-derivations'
  | 'bulk-claims'
  | 'bulk-claim-links'
  | 'bulk-statements'
  | 'bulk-stances';

export interface BatchRows {
  query: BulkQuery;
  rows: Record<string, unknown>[];
  /** links within the kind, written after the phase */
  deferred?: { query: BulkQuery; rows: Record<string, unknown>[] };
}

/**
 * Node rows are the idempotent writer's rows (src/store/repo/dataset-writer.ts), so both paths send
 * the same values; only the intra-kind links are flattened differently here.
 */
export function batchRows(kind: BatchKind, data: GraphDataSet): BatchRows {
  const rows = datasetRows(data);
  switch (kind) {
    case 'topics':
      return { query: 'bulk-topics', rows: rows.topics };
    case 'actors':
      return {
        query: 'bulk-actors',
        rows: rows.actors,
        deferred: {
          query: 'bulk-affiliations',
          rows: data.actors.flatMap((a) =>
            a.affiliations.map((f) => ({
              memberId: a.id,
              organizationId: f.actorId,
              title: f.title,
              since: neo4jDate(f.since),
              until: neo4jDate(f.until),
            })),
          ),
        },
      };
    case 'sources':
      return {
        query: 'bulk-sources',
        rows: rows.sources,
        deferred: {
          query: 'bulk-source-derivations',
          rows: data.sources.flatMap((s) =>
            s.derivedFrom.map((d) => ({ sourceId: s.id, originId: d.sourceId, relation: d.relation })),
          ),
        },
      };
    case 'claims':
      return { query: 'bulk-claims', rows: rows.claims };
    case 'claimLinks':
      return { query: 'bulk-claim-links', rows: rows.claimLinks.map((l) => ({ ...l })) };
    case 'statements':
      return { query: 'bulk-statements', rows: rows.statements };
    case 'stances':
      return { query: 'bulk-stances', rows: rows.stances };
  }
}

// GraphDataSet batches -> parameter rows for cypher/queries/bulk-*.cypher. Intra-kind links
// (an actor's affiliation to another actor, a source's derivation from another source) are
// returned separately: they may point into a batch still in flight, so the loader writes
// them once the whole phase is in.

import { int, neo4jDate } from '../db/values';
import type { GraphDataSet } from '../domain/model';
import type { BatchKind } from './corpus';

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

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export function batchRows(kind: BatchKind, data: GraphDataSet): BatchRows {
  switch (kind) {
    case 'topics':
      return {
        query: 'bulk-topics',
        rows: data.topics.map((t) => ({ id: t.id, name: t.name, aliases: t.aliases })),
      };
    case 'actors':
      return {
        query: 'bulk-actors',
        rows: data.actors.map((a) => ({
          id: a.id,
          name: a.name,
          kind: a.kind,
          aliases: a.aliases,
          wikidataId: orNull(a.wikidataId),
          role: orNull(a.role),
        })),
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
        rows: data.sources.map((s) => ({
          id: s.id,
          kind: s.kind,
          title: orNull(s.title),
          url: orNull(s.url),
          outletId: orNull(s.outletId),
          author: orNull(s.author),
          publishedAt: neo4jDate(s.publishedAt),
          contentHash: orNull(s.contentHash),
        })),
        deferred: {
          query: 'bulk-source-derivations',
          rows: data.sources.flatMap((s) =>
            s.derivedFrom.map((d) => ({ sourceId: s.id, originId: d.sourceId, relation: d.relation })),
          ),
        },
      };
    case 'claims':
      return {
        query: 'bulk-claims',
        rows: data.claims.map((c) => ({ id: c.id, text: c.text, topicIds: c.topicIds })),
      };
    case 'claimLinks':
      return { query: 'bulk-claim-links', rows: data.claimLinks.map((l) => ({ ...l })) };
    case 'statements':
      return {
        query: 'bulk-statements',
        rows: data.statements.map((s) => ({
          id: s.id,
          speakerId: s.speakerId,
          sourceId: s.sourceId,
          text: s.text,
          direct: s.direct,
          cue: s.cue,
          viaIds: s.viaIds,
          audience: orNull(s.audience),
          saidAt: neo4jDate(s.saidAt),
          claimId: orNull(s.claimId),
          startOffset: s.startOffset === undefined ? null : int(s.startOffset),
          endOffset: s.endOffset === undefined ? null : int(s.endOffset),
          confidence: s.confidence,
        })),
      };
    case 'stances':
      return {
        query: 'bulk-stances',
        rows: data.stances.map((s) => ({
          id: s.id,
          actorId: s.actorId,
          topicId: orNull(s.topicId),
          targetActorId: orNull(s.targetActorId),
          polarity: s.polarity,
          since: neo4jDate(s.since),
          until: neo4jDate(s.until),
          evidenceIds: s.evidenceIds,
        })),
      };
  }
}

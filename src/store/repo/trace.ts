import type { Actor, Source } from '../../domain/model';
import type { Database } from '../neo4j/database';
import { cypher } from './cypher';
import { toActor, toSource } from './mappers';

/** source-with-outlet.cypher */
interface SourceWithOutlet {
  source: Record<string, unknown>;
  outlet: Record<string, unknown> | null;
}

export type ProvenanceRole = 'SPEAKER' | 'INTERMEDIARY' | 'PUBLICATION';

export interface ProvenanceStepRow {
  position: number;
  role: ProvenanceRole;
  actorId?: string;
  sourceId?: string;
  relation?: string;
}

export interface Trace {
  steps: ProvenanceStepRow[];
  /** every actor and source the steps name, so callers can prime their loaders */
  actors: Actor[];
  sources: Source[];
}

/**
 * Traces in one round trip, ordered from the origin speaker through intermediaries (nearest
 * the speaker first) to the publication. `relation` says how each step passed the words on:
 * the cue verb for the speaker, the source kind for an intermediary, and for the publication
 * how it derives from the last intermediary (QUOTES, CITES…) or REPORTS when it heard them itself.
 */
export async function tracesByStatementIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, Trace>> {
  const result = await db.read('trace.by-statement-ids', cypher('trace-by-statement-ids'), { ids: [...ids] });
  const traces = new Map<string, Trace>();
  for (const record of result.records) {
    const speaker = toActor(record.get('speaker'));
    const outlets = new Map<string, Actor>();
    const withOutlet = (row: SourceWithOutlet): Source => {
      const outlet = row.outlet ? toActor(row.outlet) : undefined;
      if (outlet) outlets.set(outlet.id, outlet);
      return toSource({ ...row.source, outletId: outlet?.id });
    };
    const intermediaries = (record.get('intermediaries') as SourceWithOutlet[]).map(withOutlet);
    const publication = withOutlet(record.get('publication') as SourceWithOutlet);
    const steps: ProvenanceStepRow[] = [
      { position: 0, role: 'SPEAKER', actorId: speaker.id, relation: String(record.get('cue')) },
      ...intermediaries.map((source, index) => ({
        position: index + 1,
        role: 'INTERMEDIARY' as const,
        sourceId: source.id,
        ...(source.outletId ? { actorId: source.outletId } : {}),
        relation: source.kind,
      })),
      {
        position: intermediaries.length + 1,
        role: 'PUBLICATION',
        sourceId: publication.id,
        ...(publication.outletId ? { actorId: publication.outletId } : {}),
        relation: String(record.get('publicationRelation') ?? 'REPORTS'),
      },
    ];
    traces.set(String(record.get('key')), {
      steps,
      actors: [speaker, ...outlets.values()],
      sources: [...intermediaries, publication],
    });
  }
  return traces;
}

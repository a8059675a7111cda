// Writes a GraphDataSet (the seed, an import, a generated corpus batch) with one UNWIND
// query per kind inside the caller's transaction. Every write MERGEs on ids and replaces
// links, so writing the same data twice leaves the graph as it was.

import type { ManagedTransaction } from 'neo4j-driver';
import { bodyPrint } from '../../domain/body-print';
import type { GraphDataSet } from '../../domain/model';
import { int, neo4jDate } from '../neo4j/values';
import { cypher } from './cypher';

const nullable = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export function datasetRows(data: Partial<GraphDataSet>) {
  return {
    topics: (data.topics ?? []).map((t) => ({ id: t.id, name: t.name, aliases: t.aliases })),
    actors: (data.actors ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      wikidataId: nullable(a.wikidataId),
      role: nullable(a.role),
    })),
    affiliations: (data.actors ?? []).map((a) => ({
      actorId: a.id,
      affiliations: a.affiliations.map((f) => ({
        actorId: f.actorId,
        title: f.title,
        since: neo4jDate(f.since),
        until: neo4jDate(f.until),
      })),
    })),
    sources: (data.sources ?? []).map((s) => ({
      id: s.id,
      kind: s.kind,
      title: nullable(s.title),
      url: nullable(s.url),
      outletId: nullable(s.outletId),
      author: nullable(s.author),
      publishedAt: neo4jDate(s.publishedAt),
      contentHash: nullable(s.contentHash),
      text: nullable(s.text),
      bodyPrint: s.text === undefined ? null : (s.bodyPrint ?? bodyPrint(s.text)),
      derivedFrom: s.derivedFrom,
    })),
    claims: (data.claims ?? []).map((c) => ({ id: c.id, text: c.text, topicIds: c.topicIds })),
    claimLinks: data.claimLinks ?? [],
    statements: (data.statements ?? []).map((s) => ({
      id: s.id,
      speakerId: s.speakerId,
      sourceId: s.sourceId,
      text: s.text,
      direct: s.direct,
      cue: s.cue,
      viaIds: s.viaIds,
      audience: nullable(s.audience),
      saidAt: neo4jDate(s.saidAt),
      claimId: nullable(s.claimId),
      startOffset: s.startOffset === undefined ? null : int(s.startOffset),
      endOffset: s.endOffset === undefined ? null : int(s.endOffset),
      confidence: s.confidence,
      speakerMethod: nullable(s.speakerMethod),
      speakerConfidence: nullable(s.speakerConfidence),
      claimMethod: nullable(s.claimMethod),
      claimScore: nullable(s.claimScore),
    })),
    stances: (data.stances ?? []).map((s) => ({
      id: s.id,
      actorId: s.actorId,
      topicId: nullable(s.topicId),
      targetActorId: nullable(s.targetActorId),
      polarity: s.polarity,
      since: neo4jDate(s.since),
      until: neo4jDate(s.until),
      evidenceIds: s.evidenceIds,
    })),
  };
}

const STEPS = [
  ['topics', 'write-topics'],
  ['actors', 'write-actors'],
  ['affiliations', 'write-affiliations'],
  ['sources', 'write-sources'],
  ['sources', 'write-source-outlets'],
  ['sources', 'write-source-derivations'],
  ['claims', 'write-claims'],
  ['claimLinks', 'write-claim-links'],
  ['statements', 'write-statements'],
  ['stances', 'write-stances'],
] as const;

export type WriteStep = (typeof STEPS)[number][1];

// The steps that can add links instead of replacing them, and the queries that do.
const ADDITIVE = {
  'write-topics': 'add-topics',
  'write-claims': 'add-claims',
  'write-stances': 'add-stances',
  'write-affiliations': 'add-affiliations',
  'write-source-derivations': 'add-source-derivations',
} as const;
export type AdditiveStep = keyof typeof ADDITIVE;

/**
 * How a step treats what is stored: `replace` (the default: the seed, an import, a corpus
 * batch restate everything), `keep` (leave the step's links as they are, for updates that do
 * not restate them), or `add` (keep stored links and add the given ones; for claims, keep a
 * stored claim's text too).
 */
export type LinkMode = 'replace' | 'keep' | 'add';

// What a step's query reads of each row, where it reads less than the whole row: an
// article's source row carries its text, which the outlet and derivation steps would
// otherwise send to Neo4j twice more.
const STEP_FIELDS: Partial<Record<WriteStep | AdditiveQuery, readonly string[]>> = {
  'write-source-outlets': ['id', 'outletId'],
  'write-source-derivations': ['id', 'derivedFrom'],
  'add-source-derivations': ['id', 'derivedFrom'],
};

type AdditiveQuery = (typeof ADDITIVE)[AdditiveStep];

function rowsFor(query: WriteStep | AdditiveQuery, rows: readonly object[]): readonly object[] {
  const fields = STEP_FIELDS[query];
  if (!fields) return rows;
  return rows.map((row) =>
    Object.fromEntries(
      fields.filter((field) => field in row).map((field) => [field, (row as Record<string, unknown>)[field]]),
    ),
  );
}

export type WriteModes = {
  [Step in WriteStep]?: Step extends AdditiveStep ? LinkMode : Exclude<LinkMode, 'add'>;
};

/**
 * Writes in dependency order (actors before their affiliations, sources before statements…).
 * The queries go out without waiting for each answer: a transaction runs its queries in the
 * order they arrive, so the order holds, and a write of nine kinds waits for one answer, not
 * nine. A failing query fails the transaction, and every query after it with it.
 */
export async function writeDataSet(
  tx: ManagedTransaction,
  data: Partial<GraphDataSet>,
  modes: WriteModes = {},
): Promise<void> {
  const rows = datasetRows(data);
  const sent: Array<Promise<unknown>> = [];
  for (const [kind, step] of STEPS) {
    const mode = modes[step];
    if (rows[kind].length === 0 || mode === 'keep') continue;
    const query = mode === 'add' ? ADDITIVE[step as AdditiveStep] : step;
    sent.push(Promise.resolve(tx.run(cypher(query), { rows: rowsFor(query, rows[kind]) })));
  }
  await Promise.all(sent);
}

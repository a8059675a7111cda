// Mutations' writes. Each function takes the caller's write transaction so a mutation's
// checks and writes commit together or not at all.

import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor, Claim, ClaimLink, Source, Statement } from '../../domain/model';
import { toNumber } from '../neo4j/values';
import { cypher } from './cypher';
import { type WriteStep, writeDataSet } from './dataset-writer';
import { toActor, toSource, toStatement } from './mappers';

export type NodeLabel = 'Actor' | 'Source' | 'Claim' | 'Topic' | 'Statement';

// One fixed query per label: labels cannot be parameters, and these come from a closed set.
const EXISTING: Record<NodeLabel, string> = {
  Actor: 'MATCH (n:Actor) WHERE n.id IN $ids RETURN n.id AS id',
  Source: 'MATCH (n:Source) WHERE n.id IN $ids RETURN n.id AS id',
  Claim: 'MATCH (n:Claim) WHERE n.id IN $ids RETURN n.id AS id',
  Topic: 'MATCH (n:Topic) WHERE n.id IN $ids RETURN n.id AS id',
  Statement: 'MATCH (n:Statement) WHERE n.id IN $ids RETURN n.id AS id',
};

/** The ids among `ids` that no node with `label` has. */
export async function missingIds(
  tx: ManagedTransaction,
  label: NodeLabel,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(EXISTING[label], { ids: [...new Set(ids)] });
  const found = new Set(result.records.map((record) => String(record.get('id'))));
  return ids.filter((id) => !found.has(id));
}

export async function sourceIdByUrl(tx: ManagedTransaction, url: string): Promise<string | undefined> {
  const result = await tx.run('MATCH (src:Source {url: $url}) RETURN src.id AS id', { url });
  const id = result.records[0]?.get('id');
  return id === undefined ? undefined : String(id);
}

export async function writeActor(
  tx: ManagedTransaction,
  actor: Actor,
  replaceAffiliations: boolean,
): Promise<Actor> {
  const skip = new Set<WriteStep>(replaceAffiliations ? [] : ['write-affiliations']);
  await writeDataSet(tx, { actors: [actor] }, skip);
  const result = await tx.run(cypher('actors-by-ids'), { ids: [actor.id] });
  return toActor(result.records[0]?.get('actor'));
}

export async function writeSource(
  tx: ManagedTransaction,
  source: Source,
  replaceDerivations: boolean,
): Promise<Source> {
  const skip = new Set<WriteStep>(replaceDerivations ? [] : ['write-source-derivations']);
  await writeDataSet(tx, { sources: [source] }, skip);
  const result = await tx.run(cypher('sources-by-ids'), { ids: [source.id] });
  return toSource(result.records[0]?.get('source'));
}

export async function writeStatement(
  tx: ManagedTransaction,
  statement: Statement,
  newClaim?: Claim,
): Promise<Statement> {
  await writeDataSet(tx, { claims: newClaim ? [newClaim] : [], statements: [statement] });
  const result = await tx.run(cypher('statements-by-ids'), { ids: [statement.id] });
  return toStatement(result.records[0]?.get('statement'));
}

export async function writeClaimLink(tx: ManagedTransaction, link: ClaimLink): Promise<void> {
  await writeDataSet(tx, { claimLinks: [link] });
}

export interface MergeActorsRow {
  actorId: string;
  mergedId: string;
  movedStatements: number;
}

export interface MergeOutcome {
  movedStatements: number;
  /** false when mergeId had already been merged into keepId: nothing to do */
  merged: boolean;
}

export async function mergeActorInto(
  tx: ManagedTransaction,
  keepId: string,
  mergeId: string,
): Promise<MergeOutcome> {
  const result = await tx.run(cypher('merge-actors'), { keepId, mergeId });
  const moved = result.records[0]?.get('movedStatements');
  return { movedStatements: moved === undefined ? 0 : toNumber(moved), merged: result.records.length > 0 };
}

export async function wasMergedInto(
  tx: ManagedTransaction,
  keepId: string,
  mergeId: string,
): Promise<boolean> {
  const result = await tx.run(
    'MATCH (keep:Actor {id: $keepId}) RETURN $mergeId IN coalesce(keep.mergedIds, []) AS merged',
    {
      keepId,
      mergeId,
    },
  );
  return result.records[0]?.get('merged') === true;
}

// Records -> domain objects. Queries return map projections; this is the one place their
// Neo4j values (Integer, Date) turn into plain JavaScript.

import type { Actor, Claim, Source, Stance, Statement, Topic } from '../../domain/model';
import { toIsoDate, toNumber, toOptionalNumber } from '../neo4j/values';

type Row = Record<string, unknown>;

function optionalString(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function omitUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

export function toActor(row: Row): Actor {
  return omitUndefined({
    id: String(row.id),
    name: String(row.name),
    kind: row.kind as Actor['kind'],
    aliases: strings(row.aliases),
    wikidataId: optionalString(row.wikidataId),
    role: optionalString(row.role),
    // Not loaded with the actor: Actor.affiliations pages them.
    affiliations: [],
  });
}

export function toSource(row: Row): Source {
  return omitUndefined({
    id: String(row.id),
    kind: row.kind as Source['kind'],
    title: optionalString(row.title),
    url: optionalString(row.url),
    outletId: optionalString(row.outletId),
    author: optionalString(row.author),
    publishedAt: toIsoDate(row.publishedAt),
    contentHash: optionalString(row.contentHash),
    text: optionalString(row.text),
    // Not loaded with the source: Source.derivedFrom pages them.
    derivedFrom: [],
  });
}

export function toStatement(row: Row): Statement {
  return omitUndefined({
    id: String(row.id),
    sourceId: String(row.sourceId),
    speakerId: String(row.speakerId),
    text: String(row.text),
    direct: Boolean(row.direct),
    cue: row.cue as Statement['cue'],
    viaIds: strings(row.viaIds),
    audience: optionalString(row.audience),
    saidAt: toIsoDate(row.saidAt),
    claimId: optionalString(row.claimId),
    startOffset: toOptionalNumber(row.startOffset),
    endOffset: toOptionalNumber(row.endOffset),
    confidence: row.confidence === null || row.confidence === undefined ? 1 : toNumber(row.confidence),
    speakerMethod: optionalString(row.speakerMethod),
    speakerConfidence: toOptionalNumber(row.speakerConfidence),
    claimMethod: optionalString(row.claimMethod),
    claimScore: toOptionalNumber(row.claimScore),
    at: optionalString(row.at),
  });
}

export function toClaim(row: Row): Claim {
  // topicIds are not loaded with the claim: Claim.topics pages them.
  return { id: String(row.id), text: String(row.text), topicIds: [] };
}

export function toTopic(row: Row): Topic {
  return { id: String(row.id), name: String(row.name), aliases: strings(row.aliases) };
}

export function toStance(row: Row): Stance {
  return omitUndefined({
    id: String(row.id),
    actorId: String(row.actorId),
    topicId: optionalString(row.topicId),
    targetActorId: optionalString(row.targetActorId),
    polarity: row.polarity as Stance['polarity'],
    about: optionalString(row.about),
    since: toIsoDate(row.since),
    until: toIsoDate(row.until),
    // Not loaded with the stance: Stance.evidence pages them.
    evidenceIds: [],
  });
}

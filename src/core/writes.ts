// The journalists' mutations: validate, then check references and write in one managed
// transaction, so a failed mutation writes nothing. Ids derive from content when not given,
// so repeating a call changes nothing.

import { createHash } from 'node:crypto';
import { BadUserInputError, NotFoundError } from '../domain/errors';
import { MAX_ALIASES, MAX_VIA } from '../domain/limits';
import {
  ACTOR_KINDS,
  type Actor,
  CLAIM_RELATIONS,
  type Claim,
  CUES,
  DERIVATION_KINDS,
  SOURCE_KINDS,
  type Source,
  type Statement,
} from '../domain/model';
import { cueOf } from '../extract/cues';
import type { Database, Transaction } from '../store/neo4j/database';
import type { ClaimConflictRow } from '../store/repo/claims';
import {
  type MergeActorsRow,
  mergeActorInto,
  missingIds,
  type NodeLabel,
  sourceIdByUrl,
  wasMergedInto,
  writeActor,
  writeClaimLink,
  writeSource,
  writeStatement,
} from '../store/repo/writes';
import type { ActorInput, RecordStatementInput, RelateClaimsInput, SourceInput } from './inputs';
import {
  checkDateOrder,
  checkId,
  checkOneOf,
  checkRange,
  checkUrl,
  checkWikidataId,
  optionalDate,
  optionalId,
  optionalText,
  parseIsoDate,
  requiredText,
  slug,
  uniqueStrings,
} from './validate';

/** Accepts a cue in base form or as written ("said", "according to"). */
function normaliseCue(text: string): string {
  const lower = text.trim().toLowerCase().replace(/\s+/g, '_');
  if ((CUES as readonly string[]).includes(lower)) return lower;
  return cueOf(lower, 'VERB')?.cue ?? lower;
}

function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}

async function requireExisting(
  tx: Transaction,
  label: NodeLabel,
  field: string,
  ids: readonly string[],
): Promise<void> {
  const [missing] = await missingIds(tx, label, ids);
  if (missing !== undefined) throw new NotFoundError(label, missing, field);
}

export async function upsertActor(db: Database, input: ActorInput): Promise<Actor> {
  const name = requiredText('input.name', input.name, 300);
  const kind = checkOneOf('input.kind', input.kind, ACTOR_KINDS);
  const id = optionalId('input.id', input.id) ?? `actor:${slug(name)}`;
  const affiliations = (input.affiliations ?? []).map((affiliation, index) => {
    const field = `input.affiliations[${index}]`;
    const organizationId = checkId(`${field}.organizationId`, affiliation.organizationId);
    if (organizationId === id)
      throw new BadUserInputError(`${field}: an actor cannot be affiliated with itself`, field);
    const since = optionalDate(`${field}.since`, affiliation.since);
    const until = optionalDate(`${field}.until`, affiliation.until);
    checkDateOrder(field, since, until);
    return {
      actorId: organizationId,
      title: requiredText(`${field}.title`, affiliation.title, 200),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
    };
  });
  const wikidataId = checkWikidataId(input.wikidataId);
  const role = optionalText('input.role', input.role, 200);
  const aliases = uniqueStrings(input.aliases ?? []).filter((alias) => alias !== name);
  if (aliases.length > MAX_ALIASES) {
    throw new BadUserInputError(
      `input.aliases lists at most ${MAX_ALIASES} names, got ${aliases.length}`,
      'input.aliases',
    );
  }
  const actor: Actor = {
    id,
    name,
    kind,
    aliases,
    affiliations,
    ...(wikidataId ? { wikidataId } : {}),
    ...(role ? { role } : {}),
  };
  return db.write('mutation.upsert-actor', async (tx) => {
    await requireExisting(
      tx,
      'Actor',
      'input.affiliations',
      affiliations.map((a) => a.actorId),
    );
    return writeActor(tx, actor, input.affiliations != null);
  });
}

export async function upsertSource(db: Database, input: SourceInput): Promise<Source> {
  const url = checkUrl('input.url', input.url);
  const title = optionalText('input.title', input.title, 500);
  const outletId = optionalId('input.outletId', input.outletId);
  const derivedFrom = (input.derivedFrom ?? []).map((derivation, index) => ({
    sourceId: checkId(`input.derivedFrom[${index}].sourceId`, derivation.sourceId),
    relation: checkOneOf(`input.derivedFrom[${index}].relation`, derivation.relation, DERIVATION_KINDS),
  }));
  const kind = checkOneOf('input.kind', input.kind, SOURCE_KINDS);
  const publishedAt = optionalDate('input.publishedAt', input.publishedAt);
  const author = optionalText('input.author', input.author, 300);
  return db.write('mutation.upsert-source', async (tx) => {
    // Without an id, the same URL means the same source; failing that, the same title,
    // outlet and date.
    const id =
      optionalId('input.id', input.id) ??
      (url ? await sourceIdByUrl(tx, url) : undefined) ??
      `source:${digest(kind, url ?? '', title ?? '', outletId ?? '', publishedAt ?? '')}`;
    if (derivedFrom.some((derivation) => derivation.sourceId === id)) {
      throw new BadUserInputError(
        'input.derivedFrom: a source cannot derive from itself',
        'input.derivedFrom',
      );
    }
    if (outletId) await requireExisting(tx, 'Actor', 'input.outletId', [outletId]);
    await requireExisting(
      tx,
      'Source',
      'input.derivedFrom',
      derivedFrom.map((d) => d.sourceId),
    );
    const source: Source = {
      id,
      kind,
      derivedFrom,
      ...(title ? { title } : {}),
      ...(url ? { url } : {}),
      ...(outletId ? { outletId } : {}),
      ...(author ? { author } : {}),
      ...(publishedAt ? { publishedAt } : {}),
    };
    return writeSource(tx, source, input.derivedFrom != null);
  });
}

export async function recordStatement(db: Database, input: RecordStatementInput): Promise<Statement> {
  const text = requiredText('input.text', input.text);
  const cue = checkOneOf('input.cue', normaliseCue(input.cue), CUES);
  const speakerId = checkId('input.speakerId', input.speakerId);
  const sourceId = checkId('input.sourceId', input.sourceId);
  const viaIds = (input.viaIds ?? []).map((id, index) => checkId(`input.viaIds[${index}]`, id));
  if (viaIds.length > MAX_VIA) {
    throw new BadUserInputError(
      `input.viaIds lists at most ${MAX_VIA} intermediaries, got ${viaIds.length}`,
      'input.viaIds',
    );
  }
  if (viaIds.includes(sourceId)) {
    throw new BadUserInputError(
      'input.viaIds must not include the publication (input.sourceId)',
      'input.viaIds',
    );
  }
  if (new Set(viaIds).size !== viaIds.length) {
    throw new BadUserInputError('input.viaIds lists a source twice', 'input.viaIds', viaIds);
  }
  const confidence = checkRange('input.confidence', input.confidence ?? 1, 0, 1);
  const { startOffset, endOffset } = input;
  if (startOffset != null || endOffset != null) {
    if (startOffset == null || endOffset == null || startOffset < 0 || endOffset < startOffset) {
      throw new BadUserInputError(
        `input.startOffset and input.endOffset must both be given with 0 <= start <= end, got ${startOffset}..${endOffset}`,
        'input.startOffset',
      );
    }
  }
  let newClaim: Claim | undefined;
  let claimId: string | undefined;
  if (input.claim) {
    const { id, text: claimText, topicIds } = input.claim;
    if ((id == null) === (claimText == null)) {
      throw new BadUserInputError('input.claim takes exactly one of id or text', 'input.claim');
    }
    if (id != null) {
      claimId = checkId('input.claim.id', id);
    } else {
      const normalised = requiredText('input.claim.text', claimText as string);
      // The same proposition, however often recorded, is one claim.
      claimId = `claim:${digest(normalised.toLowerCase().replace(/\s+/g, ' '))}`;
      newClaim = {
        id: claimId,
        text: normalised,
        topicIds: (topicIds ?? []).map((t, i) => checkId(`input.claim.topicIds[${i}]`, t)),
      };
    }
  }
  const audience = optionalText('input.audience', input.audience, 300);
  const statement: Statement = {
    id: optionalId('input.id', input.id) ?? `stmt:${digest(sourceId, speakerId, text)}`,
    sourceId,
    speakerId,
    text,
    direct: input.direct,
    cue,
    viaIds,
    confidence,
    ...(claimId ? { claimId } : {}),
    ...(input.saidAt ? { saidAt: parseIsoDate(input.saidAt, 'input.saidAt') } : {}),
    ...(audience ? { audience } : {}),
    ...(startOffset != null && endOffset != null ? { startOffset, endOffset } : {}),
  };
  return db.write('mutation.record-statement', async (tx) => {
    await requireExisting(tx, 'Actor', 'input.speakerId', [speakerId]);
    await requireExisting(tx, 'Source', 'input.sourceId', [sourceId]);
    await requireExisting(tx, 'Source', 'input.viaIds', viaIds);
    if (claimId && !newClaim) await requireExisting(tx, 'Claim', 'input.claim.id', [claimId]);
    if (newClaim) await requireExisting(tx, 'Topic', 'input.claim.topicIds', newClaim.topicIds);
    return writeStatement(tx, statement, newClaim);
  });
}

export async function relateClaims(db: Database, input: RelateClaimsInput): Promise<ClaimConflictRow> {
  const claimId = checkId('input.claimId', input.claimId);
  const otherId = checkId('input.otherId', input.otherId);
  const relation = checkOneOf('input.relation', input.relation, CLAIM_RELATIONS);
  if (claimId === otherId)
    throw new BadUserInputError('A claim cannot relate to itself', 'input.otherId', otherId);
  await db.write('mutation.relate-claims', async (tx) => {
    await requireExisting(tx, 'Claim', 'input.claimId', [claimId]);
    await requireExisting(tx, 'Claim', 'input.otherId', [otherId]);
    await writeClaimLink(tx, { fromClaimId: claimId, toClaimId: otherId, relation });
  });
  return { claimId, otherId, relation };
}

export async function mergeActors(
  db: Database,
  keepIdInput: string,
  mergeIdInput: string,
): Promise<MergeActorsRow> {
  const keepId = checkId('keepId', keepIdInput);
  const mergeId = checkId('mergeId', mergeIdInput);
  if (keepId === mergeId)
    throw new BadUserInputError('An actor cannot be merged into itself', 'mergeId', mergeId);
  return db.write('mutation.merge-actors', async (tx) => {
    await requireExisting(tx, 'Actor', 'keepId', [keepId]);
    // Repeating a merge that already happened is a no-op, not an error.
    if ((await missingIds(tx, 'Actor', [mergeId])).length > 0) {
      if (await wasMergedInto(tx, keepId, mergeId))
        return { actorId: keepId, mergedId: mergeId, movedStatements: 0 };
      throw new NotFoundError('Actor', mergeId, 'mergeId');
    }
    const outcome = await mergeActorInto(tx, keepId, mergeId);
    return { actorId: keepId, mergedId: mergeId, movedStatements: outcome.movedStatements };
  });
}

// recordStatement: a statement is a record, not a partial update. Recording the same content
// again is a no-op; recording an id that holds other content is a CONFLICT unless the caller
// passes replace. The statement is locked (or created bare) first, so two recorders of one id
// cannot both see it absent and overwrite each other.

import { isDeepStrictEqual } from 'node:util';
import type { Principal } from '../../domain/audit';
import { claimIdFor } from '../../domain/content-hash';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors';
import type { EventPublisher } from '../../domain/events';
import { MAX_ARTICLE_LENGTH, MAX_VIA } from '../../domain/limits';
import { type Claim, CUES, type Statement } from '../../domain/model';
import { cueOf } from '../../extract/cues';
import type { Database } from '../../store/neo4j/database';
import { claimIds } from '../../store/repo/locks';
import { publicationText } from '../../store/repo/source-writes';
import { storedStatement, writeStatement } from '../../store/repo/statement-writes';
import { announceInBackground } from '../events/announce-statements';
import type { RecordStatementInput } from '../inputs';
import {
  checkId,
  checkOneOf,
  checkRange,
  optionalDate,
  optionalId,
  optionalName,
  requiredText,
} from '../validate';
import { audit } from './audit-trail';
import { digest, requireExisting } from './references';

/** Accepts a cue in base form or as written ("said", "according to", "pointed out", "call on"). */
function normaliseCue(text: string): string {
  const spaced = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const cues = CUES as readonly string[];
  // Base forms are spelled with a space ("point out") except according_to.
  for (const form of [spaced, spaced.replace(/ /g, '_')]) if (cues.includes(form)) return form;
  const [verb = '', particle] = spaced.split(' ');
  return cueOf(verb, 'VERB', particle)?.cue ?? spaced.replace(/ /g, '_');
}

function validate(input: RecordStatementInput): { statement: Statement; newClaim?: Claim } {
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
      claimId = claimIdFor(normalised);
      newClaim = {
        id: claimId,
        text: normalised,
        topicIds: (topicIds ?? []).map((t, i) => checkId(`input.claim.topicIds[${i}]`, t)),
      };
    }
  }
  const audience = optionalName('input.audience', input.audience, 300);
  const saidAt = optionalDate('input.saidAt', input.saidAt);
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
    ...(saidAt ? { saidAt } : {}),
    ...(audience ? { audience } : {}),
    ...(startOffset != null && endOffset != null ? { startOffset, endOffset } : {}),
  };
  return newClaim ? { statement, newClaim } : { statement };
}

// What a caller records; the rest (at, speakerMethod, speakerConfidence) the graph derives or
// ingestion sets.
const RECORDED = [
  'text',
  'direct',
  'cue',
  'speakerId',
  'sourceId',
  'viaIds',
  'claimId',
  'saidAt',
  'audience',
  'confidence',
  'startOffset',
  'endOffset',
] as const satisfies readonly (keyof Statement)[];

function differingFields(stored: Statement, given: Statement): string[] {
  return RECORDED.filter((field) => !isDeepStrictEqual(stored[field], given[field]));
}

/** Offsets point into the publication's stored text; without one, into an article's bounds. */
function checkOffsets(statement: Statement, textLength: number | undefined): void {
  if (statement.endOffset === undefined) return;
  const limit = textLength ?? MAX_ARTICLE_LENGTH;
  if (statement.endOffset > limit) {
    throw new BadUserInputError(
      `input.endOffset must lie inside the publication's text (${textLength === undefined ? `at most ${limit}` : `${limit} characters`}), got ${statement.endOffset}`,
      'input.endOffset',
      statement.endOffset,
    );
  }
}

export async function recordStatement(
  db: Database,
  input: RecordStatementInput,
  by: Principal,
  options: { replace?: boolean; events?: EventPublisher } = {},
): Promise<Statement> {
  const { statement, newClaim } = validate(input);
  let created = false;
  const written = await db.write('mutation.record-statement', async (tx) => {
    await requireExisting(tx, 'Actor', 'input.speakerId', [statement.speakerId]);
    // One read of the publication: that it exists, and how long its text is for the offsets.
    const publication = await publicationText(tx, statement.sourceId);
    if (!publication) throw new NotFoundError('Source', statement.sourceId, 'input.sourceId');
    await requireExisting(tx, 'Source', 'input.viaIds', statement.viaIds);
    if (statement.claimId && !newClaim)
      await requireExisting(tx, 'Claim', 'input.claim.id', [statement.claimId]);
    if (newClaim) await requireExisting(tx, 'Topic', 'input.claim.topicIds', newClaim.topicIds);
    checkOffsets(statement, publication.textLength);
    created = (await claimIds(tx, 'Statement', [statement.id])).has(statement.id);
    const stored = created ? undefined : await storedStatement(tx, statement.id);
    if (stored) {
      const differing = differingFields(stored, statement);
      if (differing.length === 0 && !newClaim?.topicIds.length) return stored;
      if (differing.length > 0 && !options.replace) {
        throw new ConflictError(
          `Statement ${statement.id} is recorded with other content (${differing.join(', ')}); pass replace: true to overwrite it`,
          { field: 'input.id', id: statement.id, differing },
        );
      }
    }
    const written = await writeStatement(tx, statement, newClaim);
    await audit(tx, by, {
      operation: 'RECORD_STATEMENT',
      targetKind: 'Statement',
      targetId: statement.id,
      before: stored,
      after: written,
    });
    return written;
  });
  // Committed: a new statement is news (a retry or a replacement of a stored one is not).
  if (created) void announceInBackground(db, options.events, [written.id]);
  return written;
}

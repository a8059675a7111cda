// correctStatement: an editor fixes what extraction got wrong (who said it, the words, the
// day) without re-recording the statement whole: its publication, intermediaries, claim and
// offsets stay. A corrected speaker is marked so (speakerMethod "corrected"), and the former
// speaker's stances no longer rest on the statement; corrected words become the claim's only
// when no other statement shares that claim.

import { isDeepStrictEqual } from 'node:util';
import type { Principal } from '../../domain/audit';
import { BadUserInputError, NotFoundError } from '../../domain/errors';
import type { Statement } from '../../domain/model';
import type { Database } from '../../store/neo4j/database';
import { lockExisting } from '../../store/repo/locks';
import {
  dropFormerSpeakerEvidence,
  retextOwnClaim,
  storedStatement,
  writeStatement,
} from '../../store/repo/statement-writes';
import type { CorrectStatementInput } from '../inputs';
import { checkId, optionalDate, optionalId, requiredText } from '../validate';
import { audit } from './audit-trail';
import { requireExisting } from './references';

interface Correction {
  id: string;
  speakerId?: string;
  text?: string;
  /** null: the statement has no date of its own (it sorts by its publication's) */
  saidAt?: string | null;
}

function validate(input: CorrectStatementInput): Correction {
  const correction: Correction = { id: checkId('input.id', input.id) };
  const speakerId = optionalId('input.speakerId', input.speakerId);
  if (speakerId !== undefined) correction.speakerId = speakerId;
  if (input.text != null) correction.text = requiredText('input.text', input.text);
  if (input.saidAt === null) correction.saidAt = null;
  else if (input.saidAt !== undefined) correction.saidAt = optionalDate('input.saidAt', input.saidAt) ?? null;
  if (Object.keys(correction).length === 1) {
    throw new BadUserInputError(
      'input names nothing to correct: give speakerId, text or saidAt (null clears the date)',
      'input',
    );
  }
  return correction;
}

function corrected(stored: Statement, correction: Correction): Statement {
  const { saidAt: _saidAt, ...rest } = stored;
  const saidAt = correction.saidAt === undefined ? stored.saidAt : (correction.saidAt ?? undefined);
  const speakerChanged = correction.speakerId !== undefined && correction.speakerId !== stored.speakerId;
  return {
    ...rest,
    ...(correction.text === undefined ? {} : { text: correction.text }),
    ...(saidAt === undefined ? {} : { saidAt }),
    ...(speakerChanged
      ? { speakerId: correction.speakerId as string, speakerMethod: 'corrected', speakerConfidence: 1 }
      : {}),
  };
}

export async function correctStatement(
  db: Database,
  input: CorrectStatementInput,
  by: Principal,
): Promise<Statement> {
  const correction = validate(input);
  return db.write('mutation.correct-statement', async (tx) => {
    if ((await lockExisting(tx, 'Statement', [correction.id])).length === 0) {
      throw new NotFoundError('Statement', correction.id, 'input.id');
    }
    if (correction.speakerId) await requireExisting(tx, 'Actor', 'input.speakerId', [correction.speakerId]);
    const stored = (await storedStatement(tx, correction.id)) as Statement;
    const { at: _at, ...next } = corrected(stored, correction);
    const { at: _storedAt, ...before } = stored;
    if (isDeepStrictEqual(before, next)) return stored;
    if (next.speakerId !== stored.speakerId) await dropFormerSpeakerEvidence(tx, stored.id, stored.speakerId);
    if (next.text !== stored.text) await retextOwnClaim(tx, stored.id, next.text);
    const written = await writeStatement(tx, next);
    await audit(tx, by, {
      operation: 'CORRECT_STATEMENT',
      targetKind: 'Statement',
      targetId: stored.id,
      before: stored,
      after: written,
    });
    return written;
  });
}

// A recorded statement's read and write, inside the caller's transaction (which has locked
// the statement, src/store/repo/locks.ts).

import type { Claim, Statement } from '../../domain/model';
import type { Transaction } from '../neo4j/database';
import { cypher } from './cypher';
import { writeDataSet } from './dataset-writer';
import { statementsByIdsIn } from './statements';

export async function storedStatement(tx: Transaction, id: string): Promise<Statement | undefined> {
  return (await statementsByIdsIn(tx, [id]))[0];
}

/** Writes the statement whole; a claim it names by text is created, or kept with its topics. */
export async function writeStatement(
  tx: Transaction,
  statement: Statement,
  claim?: Claim,
): Promise<Statement> {
  await writeDataSet(
    tx,
    { claims: claim ? [claim] : [], statements: [statement] },
    { 'write-claims': 'add' },
  );
  return (await storedStatement(tx, statement.id)) as Statement;
}

/** The statement on a claim of its own (`claimId`, created with `text` if new). */
export async function splitStatement(
  tx: Transaction,
  statementId: string,
  claimId: string,
  text: string,
): Promise<void> {
  await tx.run(cypher('split-statement'), { statementId, claimId, text });
}

/** After a text correction: the claim only this statement expresses takes the new words. */
export async function retextOwnClaim(tx: Transaction, statementId: string, text: string): Promise<void> {
  await tx.run(cypher('retext-own-claim'), { statementId, text });
}

/** After a speaker correction: the former speaker's stances lose this statement as evidence. */
export async function dropFormerSpeakerEvidence(
  tx: Transaction,
  statementId: string,
  formerSpeakerId: string,
): Promise<void> {
  await tx.run(cypher('drop-former-speaker-evidence'), { statementId, formerSpeakerId });
}

// splitStatementFromClaim: undoes a wrong claim match. The statement gets a claim of its
// own, derived from its id (so repeating the call lands on the same claim), and is marked
// `split` so that linking never moves it again.

import { NotFoundError } from '../../domain/errors';
import type { Statement } from '../../domain/model';
import type { Database } from '../../store/neo4j/database';
import { lockExisting } from '../../store/repo/locks';
import { splitStatement, storedStatement } from '../../store/repo/statement-writes';
import { checkId } from '../validate';
import { digest } from './references';

export async function splitStatementFromClaim(db: Database, rawId: string): Promise<Statement> {
  const statementId = checkId('statementId', rawId);
  return db.write('mutation.split-statement', async (tx) => {
    await lockExisting(tx, 'Statement', [statementId]);
    const statement = await storedStatement(tx, statementId);
    if (!statement) throw new NotFoundError('Statement', statementId, 'statementId');
    if (statement.claimMethod === 'split') return statement;
    await splitStatement(tx, statementId, `claim:split-${digest(statementId)}`, statement.text);
    return (await storedStatement(tx, statementId)) as Statement;
  });
}

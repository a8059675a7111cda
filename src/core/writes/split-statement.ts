// splitStatementFromClaim: undoes a wrong claim match. The statement gets a claim of its
// own, derived from its id (so repeating the call lands on the same claim), and is marked
// `split` so that linking never moves it again.

import type { Principal } from '../../domain/audit';
import { NotFoundError } from '../../domain/errors';
import type { Statement } from '../../domain/model';
import type { Database } from '../../store/neo4j/database';
import { lockExisting } from '../../store/repo/locks';
import { splitStatement, storedStatement } from '../../store/repo/statement-writes';
import { checkId } from '../validate';
import { audit } from './audit-trail';
import { digest } from './references';

export async function splitStatementFromClaim(
  db: Database,
  rawId: string,
  by: Principal,
): Promise<Statement> {
  const statementId = checkId('statementId', rawId);
  return db.write('mutation.split-statement', async (tx) => {
    await lockExisting(tx, 'Statement', [statementId]);
    const statement = await storedStatement(tx, statementId);
    if (!statement) throw new NotFoundError('Statement', statementId, 'statementId');
    if (statement.claimMethod === 'split') return statement;
    await splitStatement(tx, statementId, `claim:split-${digest(statementId)}`, statement.text);
    const split = (await storedStatement(tx, statementId)) as Statement;
    await audit(tx, by, {
      operation: 'SPLIT_STATEMENT_FROM_CLAIM',
      targetKind: 'Statement',
      targetId: statementId,
      before: statement,
      after: split,
    });
    return split;
  });
}

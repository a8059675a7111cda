// relateClaims: one CONTRADICTS, DENIES or SUPPORTS link between two existing claims.

import type { Principal } from '../../domain/audit';
import { BadUserInputError } from '../../domain/errors';
import { CLAIM_RELATIONS } from '../../domain/model';
import type { Database } from '../../store/neo4j/database';
import type { ClaimConflictRow } from '../../store/repo/claims';
import { claimRelationsBetween, writeClaimLink } from '../../store/repo/writes';
import type { RelateClaimsInput } from '../inputs';
import { checkId, checkOneOf } from '../validate';
import { audit } from './audit-trail';
import { requireExisting } from './references';

export async function relateClaims(
  db: Database,
  input: RelateClaimsInput,
  by: Principal,
): Promise<ClaimConflictRow> {
  const claimId = checkId('input.claimId', input.claimId);
  const otherId = checkId('input.otherId', input.otherId);
  const relation = checkOneOf('input.relation', input.relation, CLAIM_RELATIONS);
  if (claimId === otherId)
    throw new BadUserInputError('A claim cannot relate to itself', 'input.otherId', otherId);
  await db.write('mutation.relate-claims', async (tx) => {
    await requireExisting(tx, 'Claim', 'input.claimId', [claimId]);
    await requireExisting(tx, 'Claim', 'input.otherId', [otherId]);
    const before = { otherId, relations: await claimRelationsBetween(tx, claimId, otherId) };
    await writeClaimLink(tx, { fromClaimId: claimId, toClaimId: otherId, relation });
    const after = { otherId, relations: await claimRelationsBetween(tx, claimId, otherId) };
    await audit(tx, by, {
      operation: 'RELATE_CLAIMS',
      targetKind: 'Claim',
      targetId: claimId,
      before,
      after,
    });
  });
  return { claimId, otherId, relation };
}

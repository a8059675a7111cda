// relateClaims: one CONTRADICTS, DENIES or SUPPORTS link between two existing claims.

import { BadUserInputError } from '../../domain/errors';
import { CLAIM_RELATIONS } from '../../domain/model';
import type { Database } from '../../store/neo4j/database';
import type { ClaimConflictRow } from '../../store/repo/claims';
import { writeClaimLink } from '../../store/repo/writes';
import type { RelateClaimsInput } from '../inputs';
import { checkId, checkOneOf } from '../validate';
import { requireExisting } from './references';

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

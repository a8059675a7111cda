// Objects by id (or by their one natural key), for the API's per-request loaders, which batch
// and cache them; and the checks on how a caller names one object.

import { BadUserInputError } from '../../domain/errors';

export { type ClaimSpread, claimSpreads, claimsByIds } from '../../store/repo/claims';
export { reviewsOfClaims } from '../../store/repo/reviews';
export { sourceByUrl, sourcesByIds, sourceTextsByIds } from '../../store/repo/sources';
export { topicIdsByName, topicsByIds } from '../../store/repo/topics';
export { type Trace, tracesByStatementIds } from '../../store/repo/trace';

/** `what` is named by exactly one of its keys, e.g. an actor by id or by name. */
export function requireExactlyOne(what: string, keys: Record<string, unknown>): void {
  const given = Object.entries(keys).filter(([, value]) => value != null);
  if (given.length !== 1) {
    const names = Object.keys(keys);
    throw new BadUserInputError(
      `${what} takes exactly one of ${names.join(' or ')}`,
      given.length > 1 ? given[1]?.[0] : names[0],
    );
  }
}

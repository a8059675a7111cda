// The one place a domain error becomes a GraphQL error: its code goes to extensions.code, its
// details beside it, and the HTTP status where the transport has one for it (401, 403).

import { GraphQLError } from 'graphql';
import { ClaimgraphError, ErrorCode } from '../domain/errors';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
};

/**
 * `located` is the error graphql-js wrapped the domain error in (it knows the field's path
 * and source location); without it the error belongs to the whole request.
 */
export function toGraphQLError(error: ClaimgraphError, located?: GraphQLError): GraphQLError {
  // A status the raising stage chose (413 for a batch too large) stands.
  const http =
    located?.extensions.http ??
    (HTTP_STATUS[error.code] === undefined ? undefined : { status: HTTP_STATUS[error.code] });
  // graphql-js may have prefixed the message with where it arose (a variable's name).
  return new GraphQLError(located?.message ?? error.message, {
    nodes: located?.nodes ?? null,
    source: located?.source ?? null,
    positions: located?.positions ?? null,
    path: located?.path ?? null,
    originalError: error,
    extensions: { code: error.code, ...error.details, ...(http === undefined ? {} : { http }) },
  });
}

/**
 * The domain error behind `error`: thrown directly, or wrapped by graphql-js (a variable that
 * does not coerce is wrapped twice: once for its type, once for the variable).
 */
export function domainErrorOf(error: unknown): ClaimgraphError | undefined {
  let current: unknown = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current instanceof ClaimgraphError ? current : undefined;
}

// The one place a domain error becomes a GraphQL error: its code goes to extensions.code, its
// details beside it, and the HTTP status where the transport has one for it (401, 403).

import { GraphQLError } from 'graphql';
import { ClaimgraphError, ErrorCode } from '../domain/errors';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.QUEUE_UNAVAILABLE]: 503,
};

/** A GraphQL error where `at` was (its location and path, none for the whole request). */
export function errorAt(
  at: GraphQLError | undefined,
  message: string,
  originalError: Error | null,
  extensions: Record<string, unknown>,
): GraphQLError {
  return new GraphQLError(message, {
    nodes: at?.nodes ?? null,
    source: at?.source ?? null,
    positions: at?.positions ?? null,
    path: at?.path ?? null,
    originalError,
    extensions,
  });
}

export interface ToGraphQLErrorOptions {
  /**
   * the error graphql-js wrapped the domain error in: it knows the field's path and source
   * location, and its message may say where the error arose (a variable's name)
   */
  located?: GraphQLError;
  /** the HTTP status the raising stage chose (413 for a batch too large) */
  status?: number;
}

export function toGraphQLError(
  error: ClaimgraphError,
  { located, status }: ToGraphQLErrorOptions = {},
): GraphQLError {
  const code = status ?? HTTP_STATUS[error.code];
  // Yoga's status for a located error (400 for a variable) stands unless the stage chose one.
  const http = code === undefined ? located?.extensions.http : { status: code };
  return errorAt(located, located?.message ?? error.message, error, {
    code: error.code,
    ...error.details,
    ...(http === undefined ? {} : { http }),
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

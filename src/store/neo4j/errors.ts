// Neo4j's error codes mapped to claimgraph's, in one place. Unmapped errors pass through
// unchanged and are masked by Yoga: no Cypher text or server detail reaches a client.

import { isRetryableError, Neo4jError } from 'neo4j-driver';
import {
  BadUserInputError,
  ConflictError,
  DatabaseUnavailableError,
  QueryTimeoutError,
} from '../../domain/errors';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

// The API's own access to Neo4j is broken (credentials, a read-only or follower member): the
// client can do nothing about it but wait, and the detail belongs in the server's log.
const MISCONFIGURED_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.Forbidden',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
  'Neo.ClientError.Cluster.NotALeader',
]);

/** Neo4j cannot be reached at all (as opposed to one transaction failing). */
export function isUnreachable(error: unknown): boolean {
  return error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code);
}

// The transaction's deadline (the driver sends it; Neo4j enforces it and terminates the query).
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (TIMEOUT_CODES.has(error.code)) return new QueryTimeoutError();
  if (UNAVAILABLE_CODES.has(error.code) || MISCONFIGURED_CODES.has(error.code)) {
    return new DatabaseUnavailableError();
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('The write conflicts with existing data (a unique id or URL is already taken)');
  }
  // Full-text queries are Lucene syntax; a malformed one fails inside the procedure.
  if (
    error.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' &&
    /ParseException|parse/i.test(error.message)
  ) {
    return new BadUserInputError('The search text could not be parsed as a full-text query');
  }
  // isRetriableError (deprecated) loses its `this` when called detached and throws; isRetryableError does not.
  if (isRetryableError(error)) return new DatabaseUnavailableError();
  return error;
}

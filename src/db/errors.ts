// Neo4j's error codes mapped to claimgraph's, in one place. Unmapped errors pass through
// unchanged and are masked by Yoga: no Cypher text or server detail reaches a client.

import { isRetriableError, Neo4jError } from 'neo4j-driver';
import { BadUserInputError, ConflictError, DatabaseUnavailableError } from '../errors';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) return new DatabaseUnavailableError();
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
  if (isRetriableError(error)) return new DatabaseUnavailableError();
  return error;
}

import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../../domain/errors';

export const RequestErrorCode = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
} as const;

/** The code for an error graphql-js or Yoga raised without one; undefined leaves it as it is. */
function codeFor(error: GraphQLError): string | undefined {
  if (error.message.startsWith('Syntax Error')) return RequestErrorCode.GRAPHQL_PARSE_FAILED;
  if (/^Variable "\$[^"]*" (got invalid value|of required type|of non-null type)/.test(error.message)) {
    return ErrorCode.BAD_USER_INPUT;
  }
  if (error.path !== undefined) return undefined;
  const http = error.extensions.http as { status?: number } | undefined;
  return http?.status === 400 && error.nodes === undefined
    ? RequestErrorCode.BAD_REQUEST
    : RequestErrorCode.GRAPHQL_VALIDATION_FAILED;
}

function withCode(error: GraphQLError): GraphQLError {
  const { originalError: _detail, ...extensions } = error.extensions;
  // Yoga's batch limit says BAD_REQUEST; it is an operation limit like the others.
  const code = error.message.startsWith('Batching is limited to')
    ? ErrorCode.QUERY_TOO_COMPLEX
    : typeof extensions.code === 'string'
      ? undefined
      : codeFor(error);
  if (code === undefined && _detail === undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    // Yoga attaches the JSON parser's error as extensions.originalError; clients need only the message.
    extensions: {
      ...extensions,
      ...(code === undefined ? {} : { code }),
      ...(code === ErrorCode.QUERY_TOO_COMPLEX && extensions.limit === undefined
        ? { limit: 'maxBatch' }
        : {}),
    },
  });
}

type Result = { errors?: readonly unknown[] };

function coded<T>(result: T): T {
  const errors = (result as Result).errors;
  if (!Array.isArray(errors)) return result;
  return { ...result, errors: errors.map((e) => (e instanceof GraphQLError ? withCode(e) : e)) };
}

/**
 * Every error a client sees carries extensions.code: parse, validation, variable and request
 * errors from graphql-js and Yoga get one here (claimgraph's own errors already have theirs).
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(coded));
      else if (result && typeof result === 'object' && 'errors' in result) setResult(coded(result));
    },
  };
}

import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../../domain/errors';
import { errorAt } from '../errors';

export const RequestErrorCode = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
} as const;

const hasCode = (error: GraphQLError) => typeof error.extensions.code === 'string';

interface HttpExtension {
  status?: number;
  /** Yoga's mark for a status the GraphQL-over-HTTP spec lets application/json answer with 200 */
  spec?: boolean;
}

/**
 * `error` with `code` unless it has one; Yoga's copy of the JSON parser's error is dropped. A
 * request that is not well-formed (no JSON, no query) is a 400 whatever the Accept header, as
 * the GraphQL-over-HTTP spec has it: Yoga answers those 200 under application/json.
 */
function withCode(error: GraphQLError, code: string): GraphQLError {
  const { originalError: parserError, ...extensions } = error.extensions;
  const finalCode = hasCode(error) ? extensions.code : code;
  const malformed = finalCode === RequestErrorCode.BAD_REQUEST;
  if (hasCode(error) && parserError === undefined && !malformed) return error;
  const http = extensions.http as HttpExtension | undefined;
  return errorAt(error, error.message, error.originalError ?? null, {
    ...extensions,
    code: finalCode,
    ...(malformed ? { http: { ...http, status: http?.status ?? 400, spec: false } } : {}),
  });
}

const codeAll = (errors: readonly unknown[], code: string) =>
  errors.map((error) => (error instanceof GraphQLError ? withCode(error, code) : error));

type Result = { errors?: readonly unknown[] };

function codeResult<T>(result: T, code: string): T {
  const errors = (result as Result).errors;
  return Array.isArray(errors) ? { ...result, errors: codeAll(errors, code) } : result;
}

/**
 * Every error a client sees carries extensions.code, chosen by the stage that raised it, never
 * by its wording: the parser's errors are GRAPHQL_PARSE_FAILED, the validator's
 * GRAPHQL_VALIDATION_FAILED, errors execution raises before any field runs (variables that do
 * not coerce) BAD_USER_INPUT, and whatever is left uncoded when the result goes out was raised
 * before a document existed (the HTTP request, its JSON, its parameters): BAD_REQUEST.
 * claimgraph's own errors keep the codes they were given.
 */
export function useErrorCodes(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) {
          replaceParseResult(withCode(result, RequestErrorCode.GRAPHQL_PARSE_FAILED));
        }
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(codeAll(result, RequestErrorCode.GRAPHQL_VALIDATION_FAILED));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          // Field errors have a path and were coded where they were thrown (src/api/errors.ts).
          const errors = 'errors' in result ? result.errors : undefined;
          if (errors?.some((error) => error.path === undefined && !hasCode(error))) {
            setResult({
              ...result,
              errors: errors.map((error) =>
                error.path === undefined ? withCode(error, ErrorCode.BAD_USER_INPUT) : error,
              ),
            });
          }
        },
      };
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((r) => codeResult(r, RequestErrorCode.BAD_REQUEST)));
      else if (result && typeof result === 'object' && 'errors' in result) {
        setResult(codeResult(result, RequestErrorCode.BAD_REQUEST));
      }
    },
  };
}

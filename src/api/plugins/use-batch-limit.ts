import type { Plugin } from 'graphql-yoga';
import { QueryTooComplexError } from '../../domain/errors';
import { toGraphQLError } from '../errors';

export interface BatchLimitOptions {
  /** operations one batched request may carry */
  maxBatch: number;
}

/**
 * A batched request of more than maxBatch operations is refused whole (413) before any
 * operation is parsed: an operation limit like depth and cost, coded QUERY_TOO_COMPLEX. Yoga's
 * own limit is set out of the way so this refusal, not Yoga's BAD_REQUEST, is what clients see.
 */
export function useBatchLimit({ maxBatch }: BatchLimitOptions): Plugin {
  return {
    onRequestParse() {
      return {
        onRequestParseDone({ requestParserResult }) {
          if (Array.isArray(requestParserResult) && requestParserResult.length > maxBatch) {
            throw toGraphQLError(
              new QueryTooComplexError(
                `Batching is limited to ${maxBatch} operations per request.`,
                'maxBatch',
              ),
              { status: 413 },
            );
          }
        },
      };
    },
  };
}

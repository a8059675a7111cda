import type { Plugin } from 'graphql-yoga';
import { EXPORT_FORMATS, exportFormatAt } from '../../core/exports/formats';
import type { StatementFilterInput } from '../../core/inputs';
import {
  BadUserInputError,
  ClaimgraphError,
  ErrorCode,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
} from '../../domain/errors';
import type { Database } from '../../store/neo4j/database';
import type { Authenticate } from '../auth/credentials';
import { createLoaders } from '../loaders';
import { codedErrorResponse } from './error-response';

export interface ExportsOptions {
  db: Database;
  authenticate: Authenticate;
  /** reads need a credential (CLAIMGRAPH_REQUIRE_READ_KEY): so do exports */
  requireReadKey: boolean;
  /** exports streaming at once; one more is refused with 429 (each holds a Neo4j read per page) */
  maxConcurrent?: number;
  /** the path exports are served under */
  prefix?: string;
  /** the linked-data formats' IRI base */
  iriBase: string;
}

const FILTER_PARAMS = ['speaker', 'topic', 'from', 'to', 'sourceId', 'text', 'direct'] as const;

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

function filterOf(params: URLSearchParams): StatementFilterInput {
  const unknown = [...params.keys()].find((key) => !(FILTER_PARAMS as readonly string[]).includes(key));
  if (unknown !== undefined) {
    throw new BadUserInputError(
      `Unknown export parameter ${JSON.stringify(unknown)}; filters are ${FILTER_PARAMS.join(', ')}`,
      unknown,
    );
  }
  const filter: StatementFilterInput = {};
  for (const key of FILTER_PARAMS) {
    const value = params.get(key);
    if (value === null) continue;
    if (key === 'direct') {
      if (value !== 'true' && value !== 'false')
        throw new BadUserInputError('direct must be true or false', 'direct', value);
      filter.direct = value === 'true';
    } else filter[key] = value;
  }
  return filter;
}

/**
 * GET /export/statements.csv (and the other formats of src/core/exports/formats.ts): the
 * statements a filter selects (query parameters as `statements(filter:)` takes them), streamed
 * page by page. Exports are reads: open or keyed as reads are. A filter that cannot be used
 * answers before anything streams, with the API's error shape and status.
 */
export function useExports({
  db,
  authenticate,
  requireReadKey,
  maxConcurrent = 2,
  prefix = '/export/',
  iriBase,
}: ExportsOptions): Plugin {
  let running = 0;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(prefix)) return;
      const fail = (error: ClaimgraphError, status = STATUS[error.code] ?? 400) =>
        endResponse(
          codedErrorResponse(
            fetchAPI,
            status,
            error.message,
            { code: error.code, ...error.details },
            status === 405 ? { allow: 'GET' } : {},
          ),
        );
      const format = exportFormatAt(url.pathname.slice(prefix.length));
      if (!format) {
        return fail(
          new NotFoundError(
            `Export (one of ${EXPORT_FORMATS.map((f) => prefix + f.file).join(', ')})`,
            url.pathname,
            'path',
          ),
        );
      }
      if (request.method !== 'GET') {
        return fail(new BadUserInputError(`Exports are read with GET, not ${request.method}`, 'method'), 405);
      }
      const caller = await authenticate(request.headers);
      if (caller.invalid) return fail(new UnauthenticatedError('The API key or token sent was not accepted'));
      if (requireReadKey && caller.role === undefined) return fail(new UnauthenticatedError());
      if (running >= maxConcurrent) {
        return fail(
          new TooManyRequestsError(
            `At most ${maxConcurrent} exports run at once; try again when one has finished`,
            maxConcurrent,
          ),
        );
      }
      running += 1;
      let released = false;
      const release = () => {
        if (!released) running -= 1;
        released = true;
      };
      try {
        const written = await format.write({
          db,
          names: createLoaders(db).names,
          filter: filterOf(url.searchParams),
          iriBase,
        });
        const chunks = written[Symbol.asyncIterator]();
        // The first chunk before the status too: a database that fails at once answers 503.
        const first = await chunks.next();
        const encoder = new TextEncoder();
        const body = new fetchAPI.ReadableStream<Uint8Array>({
          start(controller) {
            if (!first.done) controller.enqueue(encoder.encode(first.value));
            if (first.done) {
              release();
              controller.close();
            }
          },
          async pull(controller) {
            try {
              const next = await chunks.next();
              if (next.done) {
                release();
                controller.close();
              } else controller.enqueue(encoder.encode(next.value));
            } catch (error) {
              release();
              controller.error(error);
            }
          },
          async cancel() {
            release();
            await chunks.return?.(undefined);
          },
        });
        return endResponse(
          new fetchAPI.Response(body, {
            status: 200,
            headers: {
              'content-type': format.contentType,
              'content-disposition': `attachment; filename="${format.file}"`,
            },
          }),
        );
      } catch (error) {
        release();
        if (error instanceof ClaimgraphError) return fail(error);
        // Anything else is ours: no stack, Cypher or driver detail leaves the server.
        return endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: 'Unexpected error.' }] }), {
            status: 500,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      }
    },
  };
}

import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestLogger } from '../../platform/structured-log';
import { truncate } from './truncate';

export interface RequestLoggingOptions {
  logger: RequestLogger;
  /** an operation slower than this is logged again at warn level as a slow operation */
  slowMs: number;
  /** paths logged at debug level only (probes and scrapes) */
  quietPaths?: readonly string[];
  /** longest operation name logged; a longer one is cut to this length, ending in "…"; default 64 */
  maxOperationLength?: number;
  /** longest `operation` field (a batch's names joined with commas), cut the same way; default 256 */
  maxOperationFieldLength?: number;
}

interface RequestState {
  id: string;
  started: number;
  operations: string[];
  codes: string[];
}

const CLIENT_REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * One log line per request: request id (x-request-id, echoed back, or a new UUID), the
 * operation name(s), HTTP status, duration and the error codes the response carries.
 * Clients choose operation names, so each is truncated, and so is a batch's joined list.
 */
export function useRequestLogging({
  logger,
  slowMs,
  quietPaths = ['/health', '/ready', '/metrics'],
  maxOperationLength = 64,
  maxOperationFieldLength = 256,
}: RequestLoggingOptions): Plugin {
  const requests = new WeakMap<Request, RequestState>();
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      requests.set(request, {
        id: given && CLIENT_REQUEST_ID.test(given) ? given : randomUUID(),
        started: performance.now(),
        operations: [],
        codes: [],
      });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const state = request && requests.get(request);
      if (!state) return;
      const operation = getOperationAST(args.document, args.operationName);
      const name = operation?.name?.value ?? `anonymous ${operation?.operation ?? 'operation'}`;
      state.operations.push(truncate(name, maxOperationLength));
    },
    onResultProcess({ request, result }) {
      const state = requests.get(request);
      if (!state) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors = (single as { errors?: Array<{ extensions?: { code?: unknown } }> }).errors ?? [];
        for (const error of errors) state.codes.push(String(error.extensions?.code ?? 'UNKNOWN'));
      }
    },
    onResponse({ request, response }) {
      const state = requests.get(request);
      if (!state) return;
      const durationMs = Math.round((performance.now() - state.started) * 10) / 10;
      const path = new URL(request.url).pathname;
      response.headers.set('x-request-id', state.id);
      const entry = {
        reqId: state.id,
        method: request.method,
        path,
        status: response.status,
        durationMs,
        ...(state.operations.length > 0
          ? { operation: truncate(state.operations.join(','), maxOperationFieldLength) }
          : {}),
        ...(state.codes.length > 0 ? { errorCodes: [...new Set(state.codes)] } : {}),
      };
      if (quietPaths.includes(path)) logger.debug(entry, 'request');
      else logger.info(entry, 'request');
      if (durationMs > slowMs && !quietPaths.includes(path)) {
        logger.warn({ ...entry, slowMs }, 'slow operation');
      }
    },
  };
}

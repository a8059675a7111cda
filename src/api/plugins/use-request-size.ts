import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { codedErrorResponse } from './error-response';

export interface RequestSizeOptions {
  /** the largest request body accepted, in bytes; one larger answers 413 */
  maxBytes: number;
}

const tooLarge = (maxBytes: number) =>
  createGraphQLError(`The request body is larger than ${maxBytes} bytes (CLAIMGRAPH_MAX_REQUEST_BYTES)`, {
    extensions: { http: { status: 413 }, code: 'REQUEST_TOO_LARGE', limit: maxBytes },
  });

const badJson = (error: unknown) =>
  createGraphQLError('POST body sent invalid JSON.', {
    extensions: {
      http: { spec: true, status: 400 },
      code: 'BAD_REQUEST',
      ...(error instanceof Error ? { originalError: { name: error.name, message: error.message } } : {}),
    },
  });

/** The body as text, refusing it as soon as it passes maxBytes: a chunked body has no length to check first. */
async function boundedText(request: Request, maxBytes: number): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isJsonPost(request: Request): boolean {
  if (request.method !== 'POST') return false;
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || type === 'application/graphql+json';
}

/**
 * A request body is read only up to CLAIMGRAPH_MAX_REQUEST_BYTES: without a cap one POST of a
 * few hundred megabytes exhausts the heap before any limit on the operation is reached. A
 * declared Content-Length over the cap is refused before reading; a chunked body as soon as it
 * passes it. JSON bodies are then parsed as Yoga parses them (same errors, same 400s).
 */
export function useRequestSize({ maxBytes }: RequestSizeOptions): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const declared = Number(request.headers.get('content-length') ?? Number.NaN);
      if (!Number.isFinite(declared) || declared <= maxBytes) return;
      endResponse(
        codedErrorResponse(fetchAPI, 413, tooLarge(maxBytes).message, {
          code: 'REQUEST_TOO_LARGE',
          limit: maxBytes,
        }),
      );
    },
    onRequestParse({ request, setRequestParser }) {
      if (!isJsonPost(request)) return;
      setRequestParser(async (incoming) => {
        const text = await boundedText(incoming, maxBytes);
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch (error) {
          throw badJson(error);
        }
        if (body === null || typeof body !== 'object') {
          throw createGraphQLError(
            `POST body is expected to be object but received ${body === null ? 'null' : typeof body}`,
            {
              extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
            },
          );
        }
        return body as never;
      });
    },
  };
}

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

/** The body's bytes, refusing it as soon as it passes maxBytes: a chunked body has no length to check first. */
async function boundedBytes(request: Request, maxBytes: number): Promise<Buffer> {
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
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
  return Buffer.concat(chunks);
}

function isJsonPost(request: Request): boolean {
  if (request.method !== 'POST') return false;
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || type === 'application/graphql+json';
}

/** A JSON body as Yoga parses one: malformed JSON or a scalar is a 400 BAD_REQUEST. */
function parseJsonBody(text: string): never {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw badJson(error);
  }
  if (body === null || typeof body !== 'object') {
    throw createGraphQLError(
      `POST body is expected to be object but received ${body === null ? 'null' : typeof body}`,
      { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } },
    );
  }
  return body as never;
}

/**
 * A request body is read only up to CLAIMGRAPH_MAX_REQUEST_BYTES: without a cap one POST of a
 * few hundred megabytes exhausts the heap before any limit on the operation is reached. A
 * declared Content-Length over the cap is refused before reading; a chunked body as soon as it
 * passes it. JSON bodies are then parsed as Yoga parses them (same errors, same 400s); any
 * other body is handed to Yoga's parser for its type. This is the only body limit: Yoga's own
 * (maxRequestBodySize, off in server.ts) piped every body through a TransformStream and rebuilt
 * the request, 3% of the API's CPU under the trace benchmark.
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
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (isJsonPost(request)) {
        setRequestParser(async (incoming) =>
          parseJsonBody((await boundedBytes(incoming, maxBytes)).toString('utf8')),
        );
        return;
      }
      // Any other body (application/graphql, a form, multipart) reaches its Yoga parser read
      // up to the cap, as bytes.
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (incoming) =>
        parse(
          new fetchAPI.Request(incoming.url, {
            method: incoming.method,
            headers: incoming.headers,
            body: new Uint8Array(await boundedBytes(incoming, maxBytes)),
          }),
        ),
      );
    },
  };
}

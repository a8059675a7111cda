// GraphQL over WebSocket (the graphql-ws protocol) on the HTTP server's /graphql, for
// clients that prefer a socket to SSE. Each operation goes through the same envelop plugins
// as over HTTP (roles, depth and cost limits, error codes) by Yoga's getEnveloped; the
// credential is the connection's `authorization` parameter, else the upgrade request's header.
// The HTTP-level stages (rate limit, readiness) do not see sockets, so connections are capped.

import type { Server } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { ClaimgraphServer } from './server';

export interface WebSocketOptions {
  /** sockets open at once; one more is closed with 1013 (try again later) */
  maxConnections: number;
  /** the largest message a client may send */
  maxPayloadBytes?: number;
}

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

function authorizationOf(params: Readonly<Record<string, unknown>> | undefined, header: string | undefined) {
  const given = params?.authorization ?? params?.Authorization;
  return typeof given === 'string' ? given : header;
}

export function serveGraphQLOverWebSocket(
  http: Server,
  yoga: ClaimgraphServer,
  { maxConnections, maxPayloadBytes = 1024 * 1024 }: WebSocketOptions,
): { close(): Promise<void> } {
  const sockets = new WebSocketServer({
    server: http,
    path: yoga.graphqlEndpoint,
    maxPayload: maxPayloadBytes,
  });
  sockets.on('connection', (socket) => {
    if (sockets.clients.size > maxConnections) socket.close(1013, 'Too many connections: try again later');
  });
  const server = useServer(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      onSubscribe: async (context, _id, payload) => {
        const authorization = authorizationOf(
          context.connectionParams,
          context.extra.request.headers.authorization,
        );
        const request = new Request(`http://websocket${yoga.graphqlEndpoint}`, {
          method: 'POST',
          headers: authorization ? { authorization } : {},
        });
        // The upgrade request as `req`: its socket is the client's address for the per-client caps.
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          request,
          params: payload,
          req: context.extra.request,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as never];
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe } satisfies EnvelopedRoot,
        };
      },
    },
    sockets,
  );
  return {
    async close() {
      for (const socket of sockets.clients) socket.close(1001, 'Server shutting down');
      await server.dispose();
      await new Promise((resolve) => sockets.close(resolve));
    },
  };
}

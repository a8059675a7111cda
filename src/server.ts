// createServer(): the GraphQL server, schema-first from schema/*.graphql, with each server
// concern a plugin from src/plugins/. Tests call server.fetch() in-process.

import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { AppConfig } from './config';
import type { RequestContext } from './context';
import type { Database } from './db/database';
import { createLoaders } from './loaders';
import { useDatabaseReadiness } from './plugins/use-database-readiness';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface ServerOptions {
  db: Database;
  config: AppConfig;
}

export type ClaimgraphServer = YogaServerInstance<Record<string, never>, RequestContext>;

export function createServer({ db, config }: ServerOptions): ClaimgraphServer {
  const schema = makeExecutableSchema<RequestContext>({ typeDefs: loadTypeDefs(), resolvers });
  return createYoga<Record<string, never>, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: !config.production && { title: 'claimgraph' },
    // Unexpected errors become "Unexpected error." with no stack, Cypher or driver detail.
    maskedErrors: true,
    context: () => ({ db, config, loaders: createLoaders(db) }),
    plugins: [useDatabaseReadiness({ db })],
  });
}

// The three ways as HTTP request handlers over one driver configuration: claimgraph's Yoga
// server, a Yoga server around @neo4j/graphql's generated schema, and the Cypher floor
// (the best hand-written Cypher per operation, records straight to JSON).

import { readFileSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { type Driver, isDate, isInt } from 'neo4j-driver';
import { createServer } from '../../src/api/server';
import type { AppConfig } from '../../src/platform/config';
import { projectRoot } from '../../src/platform/project-root';
import { createDatabase, type Database } from '../../src/store/neo4j/database';
import { floorRecords } from '../floor';
import { type OperationName, operations, type Params, type Way } from '../operations';

export async function claimgraphApp(db: Database, config: AppConfig): Promise<RequestListener> {
  return createServer({ db, config }) as unknown as RequestListener;
}

export async function peerApp(driver: Driver): Promise<RequestListener> {
  const typeDefs = readFileSync(join(projectRoot(), 'bench', 'neo4j-graphql', 'typeDefs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
  }) as unknown as RequestListener;
}

/** Neo4j values to JSON: Integers as numbers, temporals as ISO strings. */
function plain(_: string, value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (isDate(value)) return value.toString();
  return value;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function cypherApp(db: Database, statements: number): RequestListener {
  const byName = new Map(operations(statements).map((op) => [op.name, op]));
  return (request: IncomingMessage, response: ServerResponse) => {
    const name = (request.url ?? '').slice(1) as OperationName;
    const operation = byName.get(name);
    if (!operation) {
      response.writeHead(404).end();
      return;
    }
    body(request)
      .then(async (text) => {
        const records = await floorRecords(db, operation, JSON.parse(text) as Params);
        const json = JSON.stringify({ data: records }, plain);
        response.writeHead(200, { 'content-type': 'application/json' }).end(json);
      })
      .catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
  };
}

export async function appFor(way: Way, db: Database, config: AppConfig, statements: number) {
  if (way === 'claimgraph') return claimgraphApp(db, config);
  if (way === 'neo4j-graphql') return peerApp(db.driver);
  return cypherApp(db, statements);
}

export { createDatabase };

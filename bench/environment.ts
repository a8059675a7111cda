// What the numbers were measured on: machine, versions, Neo4j settings, load.

import { cpus, loadavg, totalmem } from 'node:os';
import type { Driver } from 'neo4j-driver';

export interface BenchEnvironment {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  neo4j: string;
  apoc: string;
  neo4jGraphql: string;
  heap: string;
  pageCache: string;
  loadBefore: number[];
  loadAfter?: number[];
  startedAt: string;
}

export async function describeEnvironment(
  driver: Driver,
  heap: string,
  pageCache: string,
): Promise<BenchEnvironment> {
  const components = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN *',
  );
  const component = components.records[0];
  let apoc = 'not available';
  try {
    apoc = String((await driver.executeQuery('RETURN apoc.version() AS v')).records[0]?.get('v'));
  } catch (error) {
    apoc = `not available: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    neo4j: component
      ? `${component.get('name')} ${component.get('versions')} ${component.get('edition')}`
      : '?',
    apoc,
    neo4jGraphql: peerVersion(),
    heap,
    pageCache,
    loadBefore: loadavg(),
    startedAt: new Date().toISOString(),
  };
}

function peerVersion(): string {
  try {
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const path = require.resolve('@neo4j/graphql').replace(/dist[\\/].*$/, 'package.json');
    return String((JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version);
  } catch {
    return 'unknown';
  }
}

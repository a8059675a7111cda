import type { LocalNeo4j } from '../../src/store/neo4j/local-neo4j';

export default async function globalTeardown(): Promise<void> {
  const local = (globalThis as { __claimgraphLocalNeo4j?: LocalNeo4j }).__claimgraphLocalNeo4j;
  // Only an instance this run started is stopped; a reused one keeps running.
  await local?.stop();
}

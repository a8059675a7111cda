import { createServer } from '../../src/api/server';
import { createDatabase, createDriver } from '../../src/store/neo4j/database';
import { testConfig, useHarness } from '../support/harness';

describe('liveness, readiness and GraphiQL', () => {
  const harness = useHarness();

  it('answers /health while the process lives', async () => {
    const response = await harness.server.fetch('http://claimgraph.test/health');
    expect(response.status).toBe(200);
  });

  it('answers /ready with 200 when Neo4j answers', async () => {
    const response = await harness.server.fetch('http://claimgraph.test/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true });
  });

  it('answers /ready with 503 when Neo4j does not answer', async () => {
    const config = testConfig();
    // Nothing listens on port 1: the same server code, with its database unreachable.
    const down = createDatabase(createDriver({ ...config.neo4j, uri: 'bolt://127.0.0.1:1' }), 'neo4j');
    const server = createServer({ db: down, config });
    try {
      const response = await server.fetch('http://claimgraph.test/ready');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ ready: false });
    } finally {
      await down.close();
    }
  });

  it('serves GraphiQL to browsers at /graphql', async () => {
    const response = await harness.server.fetch('http://claimgraph.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('claimgraph');
  });

  it('answers a GraphQL query', async () => {
    const response = await harness.gql<{ apiVersion: string }>('{ apiVersion }');
    expect(response.data?.apiVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

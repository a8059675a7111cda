// Issue 18, finding 5: any Origin was reflected with access-control-allow-credentials: true, so
// any page could call the API with a visitor's credentials. By default any origin may read
// without credentials; configured origins (CLAIMGRAPH_CORS_ORIGINS) get credentials, others no
// CORS headers at all.

import { loadConfig } from '../../../src/platform/config';
import { openHarness, useHarness } from '../../support/harness';

const preflight = (origin: string) => ({
  method: 'OPTIONS',
  headers: {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type, authorization',
  },
});

describe('cross-origin policy', () => {
  const harness = useHarness();

  it('lets any origin read, never with credentials', async () => {
    for (const init of [preflight('https://evil.example'), { headers: { origin: 'https://evil.example' } }]) {
      const response = await harness.server.fetch(
        'http://claimgraph.test/graphql?query=%7BapiVersion%7D',
        init,
      );
      expect(response.headers.get('access-control-allow-origin')).toBe('https://evil.example');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('gives credentials to configured origins only, and nothing to the others', async () => {
    const listed = openHarness({ corsOrigins: ['https://desk.example', 'http://localhost:5173'] });
    try {
      const ok = await listed.server.fetch(
        'http://claimgraph.test/graphql',
        preflight('https://desk.example'),
      );
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://desk.example');
      expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
      expect(ok.headers.get('access-control-allow-methods')).toBe('GET, POST');
      const other = await listed.server.fetch(
        'http://claimgraph.test/graphql',
        preflight('https://evil.example'),
      );
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      expect(other.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await listed.close();
    }
  });

  it('reads the origins from the environment and refuses what is not an origin', () => {
    expect(
      loadConfig({ CLAIMGRAPH_CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins,
    ).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(loadConfig({}).corsOrigins).toBeUndefined();
    for (const bad of ['https://a.example/path', '*', 'ftp://a.example']) {
      expect(() => loadConfig({ CLAIMGRAPH_CORS_ORIGINS: bad })).toThrow('CLAIMGRAPH_CORS_ORIGINS');
    }
  });
});

// Issue 17, finding 1: GraphiQL loaded its JavaScript and CSS from a public CDN, so with no
// internet the page stayed on "Loading…". The page now carries its assets inline and opens on
// an example query that answers on the seed.

import { EXAMPLE_QUERY } from '../../src/api/graphiql';
import { useHarness } from '../support/harness';

describe('GraphiQL', () => {
  const harness = useHarness({ restoreSeed: true });

  async function page(): Promise<{ status: number; html: string }> {
    const response = await harness.server.fetch('http://claimgraph.test/graphql', {
      headers: { accept: 'text/html' },
    });
    return { status: response.status, html: await response.text() };
  }

  it('regression: loads nothing from the network (no CDN script, stylesheet or font)', async () => {
    const { status, html } = await page();
    expect(status).toBe(200);
    expect(html).toContain('<title>claimgraph</title>');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs/);
    expect(html).toContain('renderYogaGraphiQL');
  });

  it('opens on an example query, and that query answers on the seed', async () => {
    const { html } = await page();
    expect(html).toContain(JSON.stringify(EXAMPLE_QUERY).slice(1, 60));
    const response = await harness.gql<{ claim: { statements: { edges: unknown[] } }; search: unknown[] }>(
      EXAMPLE_QUERY,
      {},
      { role: 'anonymous' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.claim.statements.edges.length).toBeGreaterThan(0);
    expect(response.data?.search.length).toBeGreaterThan(0);
  });
});

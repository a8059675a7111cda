// /explore is served from the built files: the page for every route below it, hashed assets
// under their names (gzipped when the browser accepts it), a clear 503 when nothing is built.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createSchema, createYoga } from 'graphql-yoga';
import { useExplorer } from '../../../src/api/plugins/use-explorer';

function serverFor(dir: string) {
  return createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }),
    plugins: [useExplorer({ dir })],
    logging: false,
  });
}

function builtExplorer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-test-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  return dir;
}

describe('useExplorer', () => {
  const yoga = serverFor(builtExplorer());

  it('answers the page for /explore and every route below it, never cached stale', async () => {
    for (const path of ['/explore', '/explore/', '/explore/actor/actor%3Ax', '/explore/anything/else']) {
      const response = await yoga.fetch(`http://x${path}`);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([
        path,
        200,
        'text/html; charset=utf-8',
      ]);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await response.text()).toContain('<title>explorer</title>');
    }
  });

  it('serves hashed assets for a year, gzipped when accepted', async () => {
    const plain = await yoga.fetch('http://x/explore/assets/index-abc123.js');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cache-control')).toContain('immutable');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const source = await plain.text();
    const zipped = await yoga.fetch('http://x/explore/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(Number(zipped.headers.get('content-length'))).toBe(bytes.byteLength);
    expect(bytes.byteLength).toBeLessThan(source.length / 10);
    expect(gunzipSync(bytes).toString()).toBe(source);
  });

  it('answers 404 for a missing asset (not the page), 405 for other methods, and leaves /graphql alone', async () => {
    expect((await yoga.fetch('http://x/explore/assets/nope.js')).status).toBe(404);
    expect((await yoga.fetch('http://x/explore/assets/../index.html')).status).toBe(200);
    expect((await yoga.fetch('http://x/explore', { method: 'POST' })).status).toBe(405);
    expect((await yoga.fetch('http://x/explorer')).status).toBe(404);
    const graphql = await yoga.fetch('http://x/graphql?query={ok}');
    expect(await graphql.json()).toEqual({ data: { ok: null } });
  });

  it('says how to build it when dist/explorer is missing', async () => {
    const response = await serverFor(join(tmpdir(), 'no-such-explorer-build')).fetch('http://x/explore');
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/npm run build/);
  });
});

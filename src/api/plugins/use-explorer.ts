import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

export interface ExplorerOptions {
  /** the built explorer (`npm run build` writes it to dist/explorer): index.html and assets/ */
  dir: string;
  /** the path the explorer is served under; its pages are client-side routes below it */
  prefix?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

// Everything the page loads comes from this server: a stray CDN link or web font fails loudly
// in the browser instead of leaking a reader's visit. Plot styles its marks with style
// attributes, hence 'unsafe-inline' for styles (never for scripts).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

interface Asset {
  body: Uint8Array<ArrayBuffer>;
  /** the same bytes gzipped, for text a browser accepts compressed */
  gzipped?: Uint8Array<ArrayBuffer>;
  type: string;
}

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** The built files, read once and compressed once: a few hundred KB, served from memory. */
function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const type = CONTENT_TYPES[extname(name)] ?? 'application/octet-stream';
        const body = new Uint8Array(readFileSync(path));
        const gzipped = COMPRESSIBLE.test(type) ? new Uint8Array(gzipSync(body, { level: 9 })) : undefined;
        assets.set(relative(dir, path).split(sep).join('/'), { body, type, ...(gzipped ? { gzipped } : {}) });
      }
    }
  };
  walk(dir);
  return assets;
}

/**
 * `/explore` and every page below it: the explorer's index.html for a page (the client routes
 * it), the hashed file for `/explore/assets/…`, which never changes under its name. Without a
 * build, a page says how to make one rather than a bare 404.
 */
export function useExplorer({ dir, prefix = '/explore' }: ExplorerOptions): Plugin {
  let assets: Map<string, Asset> | undefined;
  const load = () => {
    if (!assets && existsSync(join(dir, 'index.html'))) assets = readAssets(dir);
    return assets;
  };
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          new fetchAPI.Response('Method Not Allowed', { status: 405, headers: { allow: 'GET, HEAD' } }),
        );
        return;
      }
      const built = load();
      if (!built) {
        endResponse(
          new fetchAPI.Response('The explorer is not built: run `npm run build` (npm start does).', {
            status: 503,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      const path = url.pathname.slice(prefix.length + 1);
      const isAsset = path.startsWith('assets/');
      const asset = isAsset ? built.get(path) : built.get('index.html');
      if (!asset) {
        endResponse(
          new fetchAPI.Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } }),
        );
        return;
      }
      const gzip =
        asset.gzipped !== undefined && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      const body = gzip ? asset.gzipped : asset.body;
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: {
            'content-type': asset.type,
            'content-length': String(body?.byteLength ?? 0),
            ...(gzip ? { 'content-encoding': 'gzip' } : {}),
            vary: 'accept-encoding',
            'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'no-referrer',
          },
        }),
      );
    },
  };
}

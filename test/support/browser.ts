// A real browser for the explorer's tests: Debian's Chromium (`apt-get install chromium`;
// .ci/run installs it when missing) driven by playwright-core, never a downloaded build. Each
// visit records what the page did: console errors, page errors, every request (so a test can
// assert none left the server) and the GraphQL requests among them.

import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH;
  const path = configured ?? CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    throw new Error(
      `No Chromium at ${configured ?? CANDIDATES.join(' or ')}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  /** console messages of type error, and uncaught page errors */
  errors: string[];
  /** every URL the page requested, in order */
  requests: string[];
  /** the GraphQL requests made (POSTed operations, and subscriptions over SSE), by operation's first line */
  graphql: string[];
  /** gzipped bytes of each JavaScript file loaded (its content-length as sent) */
  scriptBytes: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A fresh browser context at the given viewport, instrumented. Requests to any origin other
 * than `origin` are aborted (and recorded): the explorer must work with no internet at all.
 */
export async function openVisit(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 800 },
): Promise<Visit> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const visit: Visit = {
    page,
    context,
    errors: [],
    requests: [],
    graphql: [],
    scriptBytes: new Map(),
    close: () => context.close(),
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    visit.requests.push(url);
    if (!url.startsWith(`${origin}/`)) return route.abort('blockedbyclient');
    return route.continue();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') visit.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => visit.errors.push(`page: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname !== '/graphql') return;
    const query =
      request.method() === 'POST'
        ? ((JSON.parse(request.postData() ?? '{}') as { query?: string }).query ?? '')
        : (url.searchParams.get('query') ?? '');
    visit.graphql.push(query.trim().split('\n')[0] ?? '');
  });
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const length = Number(response.headers()['content-length'] ?? Number.NaN);
    visit.scriptBytes.set(response.url(), length);
  });
  return visit;
}

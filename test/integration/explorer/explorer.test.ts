// The explorer at /explore, in Debian's Chromium, against the real server on the seed and on
// an article ingested here: each page's content, the provenance diagram, the charts, not-found
// pages, the keyboard, a phone-width screen, and its budgets (at most 2 GraphQL requests per
// page, under 300 KB of gzipped JavaScript, no request leaving the server, no console error).
// Screenshots land in .explorer-screens/ (README's pictures come from there): look at them.

import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../../../src/platform/project-root';
import { launchChromium, openVisit, type Visit } from '../../support/browser';
import { buildExplorer } from '../../support/explorer-build';
import { resetToSeed } from '../../support/graph-state';
import { type Harness, openHarness, TEST_KEYS, testConfig } from '../../support/harness';

const SCREENS = join(projectRoot(), '.explorer-screens');
const JS_BUDGET_BYTES = 300 * 1024;

const SEED = {
  stoltenberg: '/explore/actor/actor%3Ajens-stoltenberg',
  trump: '/explore/actor/actor%3Adonald-trump',
  renEvidence: '/explore/statement/stmt%3Aren-they-have-to-have-evidence',
  claim5g: '/explore/claim/claim%3Aus-should-adopt-5g-6g-asap',
  independent: '/explore/source/source%3Aindependent-2019-03-14-huawei-nato',
  cnnInterview: '/explore/source/source%3Acnn-interview-ren-zhengfei-2019',
};

// Written for this test; no publisher's text.
const ARTICLE = {
  title: 'Harbour board rejects report on Velmora dredging contract',
  outlet: 'The Velmora Courier',
  url: 'https://courier.example/2026/11/harbour-dredging',
  publishedAt: '2026-11-20',
  text: [
    'Harbour board rejects report on Velmora dredging contract',
    'The harbour board of Velmora on Thursday rejected a report that its dredging contract had been awarded without a tender.',
    '"Every contract we sign goes through an open tender," Marta Kowalczyk, the board\'s chief executive, told Reuters.',
    'Tomasz Brandt, an opposition councillor, said the process had been rushed and that nobody outside the board had seen the bids.',
    '"We will ask the auditor to look at every page of it," Brandt said.',
  ].join('\n\n'),
};

let harness: Harness;
let explorerDir: string;
let http: Server;
let origin: string;
let browser: Browser;
const measurements: Record<string, { graphqlRequests: number; scriptGzipBytes: number }> = {};

beforeAll(async () => {
  explorerDir = buildExplorer();
  harness = openHarness({}, { explorerDir });
  await resetToSeed(harness.db);
  http = createHttpServer(harness.server);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  browser = await launchChromium();
  mkdirSync(SCREENS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => http?.close(resolve));
  if (harness) {
    await resetToSeed(harness.db);
    await harness.close();
  }
  if (Object.keys(measurements).length > 0) {
    writeFileSync(join(SCREENS, 'measurements.json'), `${JSON.stringify(measurements, null, 2)}\n`);
  }
});

/** Loads a page fresh, waits for it to settle, and checks the budgets every page keeps. */
async function load(
  path: string,
  name: string,
  viewport?: { width: number; height: number },
): Promise<Visit> {
  const visit = await openVisit(browser, origin, viewport);
  await visit.page.goto(`${origin}${path}`);
  // Not 'networkidle': an actor's page keeps its live-updates stream open.
  await visit.page.waitForLoadState('load');
  await visit.page.locator('main[aria-busy]').waitFor({ state: 'detached' });
  await visit.page.locator('.chart-slot .loading').first().waitFor({ state: 'detached' });
  const scriptGzipBytes = [...visit.scriptBytes.values()].reduce((sum, bytes) => sum + bytes, 0);
  if (!viewport) measurements[name] = { graphqlRequests: visit.graphql.length, scriptGzipBytes };
  expect(visit.requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  expect(visit.graphql.length).toBeLessThanOrEqual(2);
  expect(Number.isFinite(scriptGzipBytes) && scriptGzipBytes > 0).toBe(true);
  expect(scriptGzipBytes).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  await visit.page.screenshot({
    path: join(SCREENS, `${name}${viewport ? '-phone' : ''}.png`),
    fullPage: true,
  });
  return visit;
}

async function closeClean(visit: Visit): Promise<void> {
  expect(visit.errors).toEqual([]);
  await visit.close();
}

describe('the explorer on the seed', () => {
  it('finds Jens Stoltenberg by the misspelling "Stotlenberg", from the keyboard', async () => {
    const visit = await load('/explore', 'home');
    const { page } = visit;
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('Stotlenberg');
    await page.keyboard.press('Enter');
    const result = page
      .getByRole('region', { name: 'Actors' })
      .getByRole('link', { name: 'Jens Stoltenberg' });
    await result.waitFor();
    expect(new URL(page.url()).search).toBe('?q=Stotlenberg');
    await result.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Jens Stoltenberg' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(SEED.stoltenberg);
    await closeClean(visit);
  });

  it('answers a bookmarked search URL in one request', async () => {
    const visit = await load('/explore?q=Stotlenberg', 'search');
    await visit.page.getByRole('link', { name: 'Jens Stoltenberg' }).first().waitFor();
    expect(await visit.page.getByLabel('Search actors, statements and claims').inputValue()).toBe(
      'Stotlenberg',
    );
    expect(visit.graphql).toHaveLength(1);
    await closeClean(visit);
  });

  it("draws Ren Zhengfei's statement travelling speaker -> CNN interview -> The Independent", async () => {
    const visit = await load(SEED.renEvidence, 'statement');
    const { page } = visit;
    await page.getByText('They have to have evidence', { exact: false }).first().waitFor();
    const diagram = page.locator('svg[aria-label^="Provenance of"]');
    expect(await diagram.getAttribute('aria-label')).toMatch(/^Provenance of “They have to have evidence/);
    const nodes = diagram.locator('a');
    const labels = await nodes.evaluateAll((links) =>
      links.map((link) => link.getAttribute('aria-label') ?? ''),
    );
    expect(labels).toHaveLength(3);
    expect(labels[0]).toMatch(/speaker.*Ren Zhengfei/);
    expect(labels[1]).toMatch(/via · interview.*CNN/);
    expect(labels[2]).toMatch(/published in · article.*The Independent/);
    // Laid out left to right at desktop width, in chain order.
    const lefts = await nodes.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().left));
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    await nodes.nth(1).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(SEED.cnnInterview);
    await page.getByRole('region', { name: 'Picked up by' }).getByRole('link').first().waitFor();
    await closeClean(visit);
  });

  it('reaches every box of the provenance diagram from the keyboard, in chain order, and opens one', async () => {
    const visit = await load(SEED.renEvidence, 'statement-keyboard');
    const { page } = visit;
    const boxes = await page
      .locator('svg[aria-label^="Provenance of"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
    const reached: string[] = [];
    for (let press = 0; press < 60 && reached.length < boxes.length; press++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element?.closest('svg[aria-label^="Provenance of"]')
          ? element.getAttribute('aria-label')
          : null;
      });
      if (focused !== null) reached.push(focused);
    }
    expect(reached).toEqual(boxes);
    // Back to the interview's box, then Enter opens its source.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(SEED.cnnInterview);
    await closeClean(visit);
  });

  it("shows Trump's stance timeline, each mark a link to its evidence", async () => {
    const visit = await load(SEED.trump, 'actor');
    const { page } = visit;
    const timeline = page.getByLabel('Stance timeline');
    await timeline.locator('svg').first().waitFor();
    const marks = timeline.locator('a');
    expect(await marks.count()).toBeGreaterThanOrEqual(2);
    const targets = await marks.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const target of targets) expect(target).toMatch(/^\/explore\/statement\//);
    // The text box scrolls: the picture shows its first highlighted statement.
    await marks.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, 'source.png'), fullPage: true });
    const text = await timeline.textContent();
    expect(text).toContain('5G and 6G in the United States');
    expect(text).toContain('Blocking advanced technology');
    // Statements newest first, with their sources.
    const statements = page.getByRole('region', { name: 'Statements, newest first' }).locator('li.statement');
    expect(await statements.count()).toBeGreaterThan(0);
    await statements
      .first()
      .getByRole('link', { name: /Huawei 5G/ })
      .waitFor();
    await marks.first().click();
    await page.locator('blockquote').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/explore\/statement\//);
    await closeClean(visit);
  });

  it('states where the 5G/6G claim first appeared and charts its spread by outlet', async () => {
    const visit = await load(SEED.claim5g, 'claim');
    const { page } = visit;
    const first = page.locator('.first-appearance');
    expect(await first.textContent()).toMatch(/^First appeared in .+ on 21 Feb 2019\.$/);
    const chart = page.getByLabel('Spread of the claim over time by outlet');
    await chart.locator('svg').first().waitFor();
    expect(await chart.locator('a').count()).toBeGreaterThanOrEqual(2);
    expect(await chart.textContent()).toContain('The Independent');
    const statements = page.getByRole('region', { name: 'Statements expressing it' }).locator('li.statement');
    expect(await statements.count()).toBeGreaterThanOrEqual(2);
    await closeClean(visit);
  });

  it('highlights a source’s statements in its text, each linking to its statement', async () => {
    const visit = await load(SEED.independent, 'source');
    const { page } = visit;
    const marks = page.locator('.source-text a.mark');
    expect(await marks.count()).toBeGreaterThan(5);
    const targets = await marks.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const target of targets) expect(target).toMatch(/^\/explore\/statement\//);
    // The text box scrolls: the picture shows its first highlighted statement.
    await marks.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, 'source.png'), fullPage: true });
    expect(
      await page.getByRole('region', { name: 'Derives from' }).getByRole('link').count(),
    ).toBeGreaterThan(0);
    await closeClean(visit);
  });

  it('shows a clear not-found page for an unknown id and an unknown path', async () => {
    for (const path of [
      '/explore/actor/actor%3Anobody-at-all',
      '/explore/claim/claim%3Anothing',
      '/explore/nowhere/at/all',
    ]) {
      const visit = await load(path, 'not-found');
      await visit.page.getByRole('heading', { level: 1, name: /is not in the graph/ }).waitFor();
      expect(await visit.page.getByRole('link', { name: 'Search the graph' }).count()).toBe(1);
      // The API's NOT_FOUND is an answer, not a failure: nothing is logged as an error.
      await closeClean(visit);
    }
  });

  it('says so, with the API error code and a retry, when the API cannot answer', async () => {
    const visit = await openVisit(browser, origin);
    const { page } = visit;
    let refuse = true;
    // The database going away, as the API reports it: a coded error (use-database-readiness).
    await page.route(`${origin}/graphql`, (route) =>
      refuse
        ? route.fulfill({
            status: 503,
            contentType: 'application/graphql-response+json',
            body: JSON.stringify({
              errors: [
                { message: 'The database is not answering.', extensions: { code: 'DATABASE_UNAVAILABLE' } },
              ],
            }),
          })
        : route.fallback(),
    );
    await page.goto(`${origin}${SEED.trump}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /could not be loaded.*The database is not answering\..*DATABASE_UNAVAILABLE/,
    );
    refuse = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Donald Trump' }).waitFor();
    // The browser reports the refused response itself; nothing else went wrong.
    expect(visit.errors.filter((error) => !/status of 503/.test(error))).toEqual([]);
    await visit.close();
  });

  it('fits a phone-width screen without sideways scrolling', async () => {
    for (const [path, name] of [
      ['/explore?q=Huawei', 'search'],
      [SEED.trump, 'actor'],
      [SEED.renEvidence, 'statement'],
      [SEED.claim5g, 'claim'],
      [SEED.independent, 'source'],
    ] as const) {
      const visit = await load(path, name, { width: 390, height: 844 });
      const overflow = await visit.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await closeClean(visit);
    }
  });
  // Last of the seed's pages: the statement it records would show on the others' screenshots.
  it('adds a statement to the actor page as it is recorded, without a reload', async () => {
    const visit = await load(SEED.trump, 'actor-live');
    const { page } = visit;
    // The page's second request is its live stream.
    for (
      let wait = 0;
      wait < 50 && !visit.graphql.some((query) => query.startsWith('subscription'));
      wait++
    ) {
      await page.waitForTimeout(100);
    }
    expect(visit.graphql.filter((query) => query.startsWith('subscription'))).toHaveLength(1);
    await page.waitForTimeout(300);
    const recorded = await harness.gql<{ recordStatement: { id: string } }>(
      'mutation ($input: RecordStatementInput!) { recordStatement(input: $input) { id } }',
      {
        input: {
          text: 'Live from the explorer test',
          direct: true,
          cue: 'say',
          speakerId: 'actor:donald-trump',
          sourceId: 'source:independent-2019-03-14-huawei-nato',
          saidAt: '2019-03-20',
        },
      },
      { role: 'editor' },
    );
    const fresh = page.locator('li.statement.new').first();
    await fresh.waitFor({ timeout: 10_000 });
    expect(await fresh.locator('a.words').getAttribute('href')).toBe(
      `/explore/statement/${encodeURIComponent(recorded.data?.recordStatement.id as string)}`,
    );
    expect(await page.getByRole('status').filter({ hasText: 'New statement by Donald Trump' }).count()).toBe(
      1,
    );
    expect(visit.graphql).toHaveLength(2);
    await fresh.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, 'actor-live.png'), fullPage: false });
    await closeClean(visit);
  });
});

describe('the explorer on what the seed lacks: fact-checks, long lists, a slow API', () => {
  afterAll(() => resetToSeed(harness.db));

  it("lists a claim's relations and fact-checks as links", async () => {
    const imported = await harness.gql(
      'mutation ($jsonld: String!) { importClaimReviews(jsonld: $jsonld) { status review { claim { id } } } }',
      {
        jsonld: JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'ClaimReview',
          url: 'https://factdesk.example/2019/03/huawei-spying',
          claimReviewed:
            'If Huawei builds next-generation network infrastructure in Western countries, it could allow China to spy on or control those networks.',
          datePublished: '2019-03-16',
          author: { '@type': 'Organization', name: 'Example Fact Desk' },
          reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 5, alternateName: 'Unproven' },
        }),
      },
      { role: 'editor' },
    );
    expect(imported.data).toEqual({
      importClaimReviews: [
        { status: 'CREATED', review: { claim: { id: 'claim:huawei-enables-chinese-spying' } } },
      ],
    });
    const visit = await load('/explore/claim/claim%3Ahuawei-enables-chinese-spying', 'claim-reviewed');
    const { page } = visit;
    const related = page.getByRole('region', { name: 'Related claims' });
    expect(await related.getByRole('link').count()).toBeGreaterThanOrEqual(2);
    expect(await related.getByRole('link').first().getAttribute('href')).toMatch(/^\/explore\/claim\//);
    expect(await related.textContent()).toMatch(/denied by/i);
    const checks = page.getByRole('region', { name: 'Fact-checks' });
    expect(await checks.textContent()).toMatch(/Unproven by Example Fact Desk on 16 Mar 2019/);
    expect(await checks.getByRole('link', { name: 'read the fact-check' }).getAttribute('href')).toBe(
      'https://factdesk.example/2019/03/huawei-spying',
    );
    await closeClean(visit);
  });

  it('pages an actor\'s statements on with "Older statements", and shows the wait', async () => {
    for (let day = 1; day <= 22; day++) {
      const recorded = await harness.gql(
        'mutation ($input: RecordStatementInput!) { recordStatement(input: $input) { id } }',
        {
          input: {
            text: `Allies will keep talking, part ${day}`,
            direct: true,
            cue: 'say',
            speakerId: 'actor:jens-stoltenberg',
            sourceId: 'source:independent-2019-03-14-huawei-nato',
            saidAt: `2019-01-${String(day).padStart(2, '0')}`,
          },
        },
        { role: 'editor' },
      );
      expect(recorded.errors).toBeUndefined();
    }
    const visit = await openVisit(browser, origin);
    const { page } = visit;
    // Held a moment, so the loading state can be seen.
    let held = 0;
    await page.route(`${origin}/graphql`, async (route) => {
      if (held++ === 0) await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(`${origin}${SEED.stoltenberg}`);
    await page.locator('main[aria-busy="true"]').waitFor({ timeout: 5000 });
    expect(await page.getByText('Loading…').count()).toBeGreaterThan(0);
    await page.locator('main[aria-busy]').waitFor({ state: 'detached' });
    const items = page.locator('li.statement');
    const firstPage = await items.count();
    expect(firstPage).toBe(20);
    const more = page.getByRole('button', { name: 'Older statements' });
    await more.click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('li.statement').length > count,
      firstPage,
    );
    const all = await items.count();
    const total = await harness.gql<{ actor: { statements: { totalCount: number } } }>(
      '{ actor(id: "actor:jens-stoltenberg") { statements { totalCount } } }',
    );
    expect(all).toBe(total.data?.actor.statements.totalCount);
    expect(await more.count()).toBe(0);
    // Newest first across the pages: the oldest recorded statement comes last.
    expect(await items.last().textContent()).toContain('part 1');
    await closeClean(visit);
  });
});

describe('the explorer on a freshly ingested article', () => {
  let sourceId: string;
  let statements: { id: string; text: string; claim: { id: string } | null; via: { id: string }[] }[];

  beforeAll(async () => {
    const ingested = await harness.gql<{
      ingestArticle: { source: { id: string }; statements: typeof statements };
    }>(
      `mutation ($input: IngestArticleInput!) {
        ingestArticle(input: $input) { source { id } statements { id text claim { id } via { id } } }
      }`,
      { input: ARTICLE },
      { role: 'editor' },
    );
    expect(ingested.errors).toBeUndefined();
    sourceId = ingested.data?.ingestArticle.source.id as string;
    statements = ingested.data?.ingestArticle.statements ?? [];
    expect(statements.length).toBeGreaterThanOrEqual(2);
  });

  it('finds the new speaker by surname and the article by a title word', async () => {
    const visit = await load('/explore?q=Kowalczyk', 'ingested-search');
    await visit.page
      .getByRole('region', { name: 'Actors' })
      .getByRole('link', { name: 'Marta Kowalczyk' })
      .waitFor();
    await visit.page.goto(`${origin}/explore?q=dredging`);
    await visit.page
      .getByRole('region', { name: 'Sources' })
      .getByRole('link', { name: ARTICLE.title })
      .waitFor();
    await closeClean(visit);
  });

  it('highlights every extracted statement in the stored text', async () => {
    const visit = await load(`/explore/source/${encodeURIComponent(sourceId)}`, 'ingested-source');
    const marks = visit.page.locator('.source-text a.mark');
    expect(await marks.count()).toBe(statements.length);
    await visit.page.getByRole('heading', { level: 1, name: ARTICLE.title }).waitFor();
    await closeClean(visit);
  });

  it('draws the "told Reuters" statement through its intermediary to the article', async () => {
    const told = statements.find((statement) => statement.text.startsWith('Every contract'));
    expect(told?.via).toHaveLength(1);
    const visit = await load(
      `/explore/statement/${encodeURIComponent(told?.id as string)}`,
      'ingested-statement',
    );
    const labels = await visit.page
      .locator('svg[aria-label^="Provenance of"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
    expect(labels).toHaveLength(3);
    expect(labels[0]).toMatch(/Marta Kowalczyk/);
    expect(labels[1]).toMatch(/Reuters/);
    expect(labels[2]).toMatch(new RegExp(ARTICLE.title));
    await closeClean(visit);
  });

  it("states the new claim's first appearance and opens its speaker's page", async () => {
    const told = statements.find((statement) => statement.text.startsWith('Every contract'));
    const visit = await load(
      `/explore/claim/${encodeURIComponent(told?.claim?.id as string)}`,
      'ingested-claim',
    );
    expect(await visit.page.locator('.first-appearance').textContent()).toMatch(/^First appeared in .+\.$/);
    await visit.page.getByRole('link', { name: 'Marta Kowalczyk' }).first().click();
    await visit.page.getByRole('heading', { level: 1, name: 'Marta Kowalczyk' }).waitFor();
    await closeClean(visit);
  });
});

describe('the explorer on a server that requires a key for reads', () => {
  let keyed: Harness;
  let keyedHttp: Server;
  let keyedOrigin: string;

  beforeAll(async () => {
    const auth = testConfig().auth;
    keyed = openHarness({ auth: { ...auth, requireReadKey: true } }, { explorerDir });
    keyedHttp = createHttpServer(keyed.server);
    await new Promise<void>((resolve) => keyedHttp.listen(0, '127.0.0.1', resolve));
    keyedOrigin = `http://127.0.0.1:${(keyedHttp.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => keyedHttp?.close(resolve));
    await keyed?.close();
  });

  it('asks for a key, refuses a wrong one, and reads with a right one for the rest of the tab', async () => {
    const visit = await openVisit(browser, keyedOrigin);
    const { page } = visit;
    await page.goto(`${keyedOrigin}${SEED.trump}`);
    await page.getByRole('heading', { level: 1, name: 'This server needs an API key to read' }).waitFor();
    await page.getByLabel('API key').fill('not-a-key');
    await page.getByRole('button', { name: 'Read with this key' }).click();
    await page.getByRole('alert').filter({ hasText: 'The key was refused' }).waitFor();
    await page.getByLabel('API key').fill(TEST_KEYS.reader);
    await page.getByRole('button', { name: 'Read with this key' }).click();
    await page.getByRole('heading', { level: 1, name: 'Donald Trump' }).waitFor();
    await page.getByRole('link', { name: 'United States government' }).click();
    await page.getByRole('heading', { level: 1, name: 'United States government' }).waitFor();
    expect(visit.errors.filter((error) => !/status of 401/.test(error))).toEqual([]);
    await visit.close();
  });
});

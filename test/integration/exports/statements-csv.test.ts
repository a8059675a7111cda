// Issue 12: statements.csv over HTTP and from the command line, read back with a real CSV
// parser (csv-parse), on the seed and on hostile text.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS } from '../../../src/core/exports/csv';
import { statementExportRows } from '../../../src/core/exports/statement-rows';
import { graphNameLookup } from '../../../src/core/statement-filter';
import { projectRoot } from '../../../src/platform/project-root';
import type { QueryEvent } from '../../../src/store/neo4j/database';
import { resetToSeed } from '../../support/graph-state';
import { authHeaders, openHarness, TEST_KEYS, useHarness } from '../../support/harness';
import { TEST_URI_ENV } from '../../support/test-database';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

function rowsOf(text: string): Row[] {
  return parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Row[];
}

describe('GET /export/statements.csv', () => {
  const harness = useHarness({ restoreSeed: true });
  const get = (path: string, init: RequestInit = {}) =>
    harness.server.fetch(`http://claimgraph.test${path}`, init);

  it('exports every seed statement with its provenance, newest first, in RFC 4180 UTF-8 with a header', async () => {
    const response = await get('/export/statements.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // (TextDecoder drops the byte-order mark it has just read.)
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = rowsOf(text);
    expect(rows).toHaveLength(15);
    const ren = rows.find((row) => row.statement_id === 'stmt:ren-they-have-to-have-evidence');
    expect(ren).toMatchObject({
      speaker: 'Ren Zhengfei',
      speaker_id: 'actor:ren-zhengfei',
      direct: 'true',
      cue: 'say',
      source_id: 'source:independent-2019-03-14-huawei-nato',
      outlet: 'The Independent',
      published_at: '2019-03-14',
      via: 'CNN',
      claim_id: 'claim:us-singles-out-huawei-without-evidence',
    });
    expect(ren?.text).toBe(
      'They have to have evidence. Everybody in the world is talking about cybersecurity and they are singling out Huawei.',
    );
    // Newest first, as statements(filter:) pages them: by the day said, else published.
    const days = rows.map((row) => row.said_at || row.published_at);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('takes the statements filter as query parameters, names as people type them', async () => {
    const rows = rowsOf(await (await get('/export/statements.csv?speaker=Trump&direct=true')).text());
    expect(rows.map((row) => row.speaker)).toEqual(['Donald Trump', 'Donald Trump', 'Donald Trump']);
    const dated = rowsOf(await (await get('/export/statements.csv?from=2019-03-01&to=2019-03-31')).text());
    expect(dated).toHaveLength(11);
  });

  afterEach(() => resetToSeed(harness.db));

  it('keeps hostile and non-Latin text intact, and defuses cells a spreadsheet would run', async () => {
    const text = '=HYPERLINK("http://evil.example","克里姆林宫") "quoted", comma,\nand a new line — كلام';
    const recorded = await harness.gql(
      `mutation($input: RecordStatementInput!) { recordStatement(input: $input) { id } }`,
      {
        input: {
          text,
          direct: true,
          cue: 'said',
          speakerId: 'actor:ren-zhengfei',
          sourceId: 'source:independent-2019-03-14-huawei-nato',
          saidAt: '2030-01-01',
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const [first] = rowsOf(await (await get('/export/statements.csv?from=2030-01-01')).text());
    expect(first?.text).toBe(`'${text}`);
    expect(first?.said_at).toBe('2030-01-01');
  });

  it('refuses what it cannot serve with the API’s error codes and statuses, before streaming', async () => {
    const cases: Array<[string, RequestInit, number, string]> = [
      ['/export/statements.csv?from=2019-13-01', {}, 400, 'BAD_USER_INPUT'],
      ['/export/statements.csv?speeker=Trump', {}, 400, 'BAD_USER_INPUT'],
      ['/export/statements.csv?direct=maybe', {}, 400, 'BAD_USER_INPUT'],
      ['/export/statements.csv', { method: 'POST' }, 405, 'BAD_USER_INPUT'],
      ['/export/everything.zip', {}, 404, 'NOT_FOUND'],
      ['/export/statements.csv', { headers: { authorization: 'Bearer not-a-key' } }, 401, 'UNAUTHENTICATED'],
    ];
    for (const [path, init, status, code] of cases) {
      const response = await get(path, init);
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect({ path, status: response.status, code: body.errors[0]?.extensions.code }).toEqual({
        path,
        status,
        code,
      });
    }
  });

  it('needs a key when reads do', async () => {
    const closed = openHarness({ auth: { ...harness.config.auth, requireReadKey: true } });
    try {
      const anonymous = await closed.server.fetch('http://claimgraph.test/export/statements.csv');
      expect(anonymous.status).toBe(401);
      const reader = await closed.server.fetch('http://claimgraph.test/export/statements.csv', {
        headers: authHeaders('reader'),
      });
      expect(reader.status).toBe(200);
      expect(rowsOf(await reader.text())).toHaveLength(15);
    } finally {
      await closed.close();
    }
  });

  it('streams at most the configured number of exports at once, and frees the slot when one ends', async () => {
    const limited = openHarness({ limits: { ...harness.config.limits, maxConcurrentExports: 1 } });
    try {
      const url = 'http://claimgraph.test/export/statements.csv';
      const open = await limited.server.fetch(url);
      expect(open.status).toBe(200);
      const refused = await limited.server.fetch(url);
      expect(refused.status).toBe(429);
      expect(
        ((await refused.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
          .code,
      ).toBe('TOO_MANY_REQUESTS');
      await open.text();
      expect((await limited.server.fetch(url)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('reads one page per query, each after the last one’s key, without repeating or losing a row', async () => {
    const names = graphNameLookup(harness.db);
    const all: string[] = [];
    for await (const row of await statementExportRows(harness.db, names, null)) all.push(row.id);
    const queries: QueryEvent[] = [];
    const stop = harness.db.addQueryListener((event) => queries.push(event));
    const paged: string[] = [];
    try {
      for await (const row of await statementExportRows(harness.db, names, null, { pageSize: 4 }))
        paged.push(row.id);
    } finally {
      stop();
    }
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);
    // 15 rows in pages of 4: four reads, the last one short.
    expect(queries.map((query) => query.operation)).toEqual(Array(4).fill('export.statements'));
  });

  it('writes the same CSV from the command line, with a filter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-csv-'));
    try {
      const file = join(dir, 'trump.csv');
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'src/cli/export.ts', '--format', 'csv', '--speaker', 'Trump', file],
          {
            cwd: projectRoot(),
            env: { ...process.env, NEO4J_URI: process.env[TEST_URI_ENV] },
            stdio: 'ignore',
          },
        );
        child.on('exit', resolve);
      });
      expect(code).toBe(0);
      const fromCli = readFileSync(file, 'utf8');
      const fromHttp = await (
        await get('/export/statements.csv?speaker=Trump', {
          headers: { authorization: `Bearer ${TEST_KEYS.reader}` },
        })
      ).text();
      expect(fromCli).toBe(fromHttp);
      expect(rowsOf(fromCli)).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

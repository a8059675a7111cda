import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticleFile } from '../../../src/core/ingest/front-matter';
import { projectRoot } from '../../../src/platform/project-root';
import { resetToSeed } from '../../support/graph-state';
import { type Harness, openHarness } from '../../support/harness';
import { TEST_URI_ENV } from '../../support/test-database';

describe('front-matter', () => {
  it('reads metadata and leaves the text', () => {
    expect(
      parseArticleFile('---\ntitle: "A title"\noutlet: The Example Times\ndate: 2021-05-04\n---\nBody.\n'),
    ).toEqual({
      title: 'A title',
      outlet: 'The Example Times',
      publishedAt: '2021-05-04',
      text: 'Body.\n',
    });
  });

  it('takes a file without front-matter as all text', () => {
    expect(parseArticleFile('Just text.\r\nMore.')).toEqual({ text: 'Just text.\nMore.' });
  });

  it('names the line of a key it does not know', () => {
    expect(() => parseArticleFile('---\nheadline: x\n---\nBody')).toThrow('front-matter line 2');
  });

  it('regression: refuses front-matter that never closes instead of ingesting it as text', () => {
    expect(() => parseArticleFile('---\ntitle: x\nBody with no closing line\n')).toThrow('never closed');
  });
});

describe('npm run ingest', () => {
  let harness: Harness;
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-ingest-'));

  beforeAll(() => {
    harness = openHarness();
    mkdirSync(join(dir, 'more'));
    const article = (url: string) =>
      `---\noutlet: The Example Times\npublishedAt: 2021-05-04\nurl: ${url}\n---\n“We will not back down,” said Ilse Marwick, the mayor of Eastport.\n\nCouncillors told the Eastport Courier that the vote “was close”.\n`;
    writeFileSync(join(dir, 'one.txt'), article('https://example.test/one'));
    writeFileSync(
      join(dir, 'more', 'two.txt'),
      article('https://example.test/two').replace('Ilse Marwick', 'Tomas Brell'),
    );
    writeFileSync(join(dir, 'more', 'again.txt'), article('https://example.test/one'));
    writeFileSync(join(dir, 'more', 'broken.txt'), '---\npublishedAt: 2021-13-45\n---\nText\n');
    writeFileSync(join(dir, 'more', 'notes.md'), 'not an article');
    writeFileSync(join(dir, 'more', 'quiet.txt'), 'The harbour was calm on Sunday. Boats left at dawn.\n');
    writeFileSync(
      join(dir, 'more', 'Three.TXT'),
      article('https://example.test/three').replace('Ilse Marwick', 'Karin Osk'),
    );
    writeFileSync(
      join(dir, 'more', 'unclosed.txt'),
      '---\ntitle: Never closed\n“We will,” said Ilse Marwick.\n',
    );
    writeFileSync(
      join(dir, 'more', 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    // Latin-1, no control byte: read leniently it became U+FFFD and was ingested.
    writeFileSync(
      join(dir, 'more', 'latin1.txt'),
      Buffer.from('"We will not," said Zoë Brunhölzl, the café owner.\n', 'latin1'),
    );
  });

  afterAll(async () => {
    await resetToSeed(harness.db);
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests every .txt (any case) under the folders, skips duplicates, reports bad files once each and goes on', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', dir], {
      cwd: projectRoot(),
      env: { ...process.env, NEO4J_URI: process.env[TEST_URI_ENV] },
      encoding: 'utf8',
    });
    expect(run.stdout).toMatch(
      /Ingested 4 articles, 6 statements, \d+ new actors; 1 duplicates skipped; 4 failed/,
    );
    // Issue 17, finding 3: the CLI printed counts only; a user could not see what was extracted.
    // Files are taken in order (more/again.txt first); one.txt, at the same URL, comes after it.
    expect(run.stdout).toMatch(
      /again\.txt: source:\S+, 2 statements\n {2}Ilse Marwick say: “We will not back down”\n {2}Councillors tell via Eastport Courier \(INTERVIEW\): the vote “was close”/,
    );
    expect(run.stdout).toMatch(/one\.txt: already stored as source:\S+; nothing written/);
    // Issue 17, finding 6: a file with no attributable statement was counted without a word.
    expect(run.stdout).toMatch(/quiet\.txt: source:\S+, no attributed statement found/);
    expect(run.stdout).toMatch(/failed .*broken\.txt: BAD_USER_INPUT: Date must be a calendar date/);
    expect(run.stdout).toMatch(
      /failed .*unclosed\.txt: BAD_USER_INPUT: the front-matter opened on line 1 is never closed/,
    );
    expect(run.stdout).toMatch(
      /failed .*binary\.txt: BAD_USER_INPUT: not a text file: a NUL byte at offset 8/,
    );
    expect(run.stdout).toMatch(/failed .*latin1\.txt: BAD_USER_INPUT: not UTF-8 text/);
    // Each failure names its file once.
    for (const line of run.stdout.split('\n').filter((l) => l.includes('failed ') && l.includes('.txt'))) {
      expect(line.split('.txt').length).toBe(2);
    }
    expect(run.status).toBe(1);
  });

  it('writes one JSON object per file with --json, the summary on stderr', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/ingest.ts',
        '--json',
        join(dir, 'one.txt'),
        join(dir, 'more', 'broken.txt'),
      ],
      {
        cwd: projectRoot(),
        env: { ...process.env, NEO4J_URI: process.env[TEST_URI_ENV] },
        encoding: 'utf8',
      },
    );
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/one\.txt$/),
        sourceId: expect.stringMatching(/^source:/),
        duplicate: true,
      }),
      expect.objectContaining({
        file: expect.stringMatching(/broken\.txt$/),
        failed: expect.stringMatching(/^BAD_USER_INPUT/),
      }),
    ]);
    expect(run.stderr).toMatch(/Ingested 0 articles/);
  });
});

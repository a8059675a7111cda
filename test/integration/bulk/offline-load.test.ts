// The offline import (CSV files + Neo4j's importer) and the UNWIND loader must build the same
// graph from the same corpus: the offline path derives on the client what bulk-*.cypher
// derives on the server (lookup keys, a statement's sort date), so a drift in either shows
// here as a checksum difference.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../../../src/platform/config';
import { silentLogger } from '../../../src/platform/logger';
import { ImportFileWriter } from '../../../src/store/bulk/import-files';
import { bulkLoad, NonEmptyGraphError } from '../../../src/store/bulk/loader';
import { importArguments } from '../../../src/store/bulk/neo4j-import';
import { OfflineLoadUnavailableError, offlineBulkLoad } from '../../../src/store/bulk/offline-load';
import { type Connection, connect } from '../../../src/store/neo4j/connect';
import { generateCorpus } from '../../../src/synthetic/corpus';
import { corpusSpec } from '../../../src/synthetic/corpus-spec';
import { Corpus } from '../../../src/synthetic/entities';
import { freePort } from '../../support/free-port';
import { clearGraph, graphChecksum, resetToSeed } from '../../support/graph-state';
import { type Harness, openHarness, testConfig } from '../../support/harness';

const spec = corpusSpec({ statements: 400, seed: 7, batchSize: 150 });

describe('offline bulk load', () => {
  let harness: Harness;
  let home: string;
  let config: AppConfig;

  beforeAll(async () => {
    harness = await openHarness();
    home = mkdtempSync(join(tmpdir(), 'claimgraph-offline-'));
    const base = testConfig();
    config = {
      ...base,
      neo4j: { ...base.neo4j, uri: undefined, localHome: home, localPort: await freePort() },
    };
  });

  afterAll(async () => {
    // Other suites expect the shared test database to hold the seed.
    await resetToSeed(harness.db);
    await harness.close();
    rmSync(home, { recursive: true, force: true });
  });

  async function checksumOfLocal(): Promise<{ checksum: string; connection: Connection }> {
    const connection = await connect(config, silentLogger);
    return { checksum: await graphChecksum(connection.db), connection };
  }

  it('builds the same graph as the UNWIND loader, then refuses to replace it', async () => {
    await clearGraph(harness.db);
    await bulkLoad(harness.db, generateCorpus(spec), { allowNonEmpty: true, concurrency: 1 });
    const viaUnwind = await graphChecksum(harness.db);
    await clearGraph(harness.db);

    const stages: string[] = [];
    const report = await offlineBulkLoad(new Corpus(spec), {
      config,
      log: silentLogger,
      onStage: (stage, line) => {
        if (line === undefined) stages.push(stage);
      },
    });
    expect(stages).toEqual(['files', 'import', 'indexes']);
    expect(report.counts.statements).toBe(400);

    const loaded = await checksumOfLocal();
    try {
      expect(loaded.checksum).toBe(viaUnwind);
      const indexes = await loaded.connection.db.read('test.indexes', 'SHOW INDEXES YIELD name, state');
      expect(indexes.records.length).toBeGreaterThan(10);
      expect(new Set(indexes.records.map((r) => r.get('state')))).toEqual(new Set(['ONLINE']));
    } finally {
      await loaded.connection.close();
    }

    // The store holds data now: a second offline load must refuse and leave it as it was.
    await expect(offlineBulkLoad(new Corpus(spec), { config, log: silentLogger })).rejects.toBeInstanceOf(
      NonEmptyGraphError,
    );
    const after = await checksumOfLocal();
    await after.connection.close();
    expect(after.checksum).toBe(viaUnwind);
  }, 240_000);

  it('refuses a server at NEO4J_URI: the importer writes local store files', async () => {
    await expect(
      offlineBulkLoad(new Corpus(spec), { config: testConfig(), log: silentLogger }),
    ).rejects.toBeInstanceOf(OfflineLoadUnavailableError);
  });
});

describe('import files', () => {
  it('quotes text, doubles inner quotes and rejects line breaks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-csv-'));
    try {
      const writer = new ImportFileWriter(dir);
      const claim = { id: 'claim:q', text: 'He said "no", twice', topicIds: [] };
      writer.write({ kind: 'claims', data: { ...emptyData(), claims: [claim] } });
      const files = writer.close();
      expect(files.nodes).toEqual([{ key: 'claims', name: 'Claim', path: join(dir, 'claims.csv') }]);
      expect(readFileSync(join(dir, 'claims.csv'), 'utf8')).toBe(
        'id:ID(Claim),text\n"claim:q","He said ""no"", twice"\n',
      );
      const broken = { ...claim, text: 'two\nlines' };
      expect(() =>
        new ImportFileWriter(dir).write({ kind: 'claims', data: { ...emptyData(), claims: [broken] } }),
      ).toThrow(/line break: "two\\nlines"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the database before the file lists, which take any number of values; part files of a table are one input', () => {
    const args = importArguments(
      {
        nodes: [
          { key: 'claims', name: 'Claim', path: '/x/claims.1.csv' },
          { key: 'claims', name: 'Claim', path: '/x/claims.2.csv' },
        ],
        relationships: [
          { key: 'claim-links', path: '/x/claim-links.csv' },
          { key: 'about', name: 'ABOUT', path: '/x/about.csv' },
        ],
      },
      '/h/logs/import.report',
    );
    expect(args).toEqual([
      'database',
      'import',
      'full',
      'neo4j',
      '--overwrite-destination=true',
      '--array-delimiter=U+001F',
      '--report-file=/h/logs/import.report',
      '--auto-skip-subsequent-headers=true',
      '--nodes=Claim=/x/claims.1.csv,/x/claims.2.csv',
      '--relationships=/x/claim-links.csv',
      '--relationships=ABOUT=/x/about.csv',
    ]);
  });
});

function emptyData() {
  return { actors: [], topics: [], sources: [], claims: [], claimLinks: [], statements: [], stances: [] };
}

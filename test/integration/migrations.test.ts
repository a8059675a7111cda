import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/platform/logger';
import { applyMigrations, loadMigrations, parseStatements } from '../../src/store/neo4j/migrations';
import { type Harness, openHarness } from '../support/harness';

describe('migrations', () => {
  let harness: Harness;
  let dir: string;

  beforeAll(() => {
    harness = openHarness();
    dir = mkdtempSync(join(tmpdir(), 'claimgraph-migrations-'));
  });

  afterAll(async () => {
    await harness.db.write('test.cleanup', (tx) =>
      tx.run('MATCH (n) WHERE n:MigrationProbe OR (n:Migration AND n.version >= 9000) DETACH DELETE n'),
    );
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('splits a file into statements and drops comment lines', () => {
    expect(
      parseStatements('// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nRETURN 1;\n'),
    ).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'RETURN 1']);
  });

  it('orders the project migrations by version and gives each a checksum', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(
      [...migrations.map((m) => m.version)].sort((a, b) => a - b),
    );
    expect(migrations[0]).toMatchObject({ version: 1, name: 'uniqueness_constraints' });
    for (const migration of migrations) expect(migration.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects a file name that is not NNNN_snake_case.cypher', () => {
    writeFileSync(join(dir, 'bad name.cypher'), 'RETURN 1;');
    expect(() => loadMigrations(dir)).toThrow('0001_snake_case.cypher, got "bad name.cypher"');
    rmSync(join(dir, 'bad name.cypher'));
  });

  it('runs a migration exactly once across two start-ups', async () => {
    // A data migration that would leave a second probe node if it ran twice.
    writeFileSync(join(dir, '9001_probe.cypher'), 'CREATE (:MigrationProbe {at: datetime()});\n');
    const first = await applyMigrations(harness.db, silentLogger, { dir });
    const second = await applyMigrations(harness.db, silentLogger, { dir });
    expect(first.applied).toEqual(['9001_probe']);
    expect(second).toEqual({ applied: [], alreadyApplied: ['9001_probe'] });
    const probes = await harness.db.read('test.probes', 'MATCH (p:MigrationProbe) RETURN count(p) AS n');
    expect(probes.records[0]?.get('n').toNumber()).toBe(1);
  });

  it('with indexesFirst, starts background indexes before constraints and before pending data statements', async () => {
    const schemaDir = mkdtempSync(join(tmpdir(), 'claimgraph-migrations-schema-'));
    const operations: string[] = [];
    const stop = harness.db.addQueryListener((event) => operations.push(event.operation));
    try {
      writeFileSync(
        join(schemaDir, '9101_probe_constraint.cypher'),
        'CREATE CONSTRAINT migration_probe_id IF NOT EXISTS FOR (p:MigrationProbe) REQUIRE p.id IS UNIQUE;\n',
      );
      writeFileSync(
        join(schemaDir, '9102_probe_index.cypher'),
        'CREATE INDEX migration_probe_at IF NOT EXISTS FOR (p:MigrationProbe) ON (p.at);\n',
      );
      await applyMigrations(harness.db, silentLogger, { dir: schemaDir, indexesFirst: true });
      expect(operations.filter((o) => o.startsWith('migration')).slice(1, 4)).toEqual([
        'migrations.index-first',
        'migration.9101_probe_constraint',
        'migrations.record',
      ]);

      // A data statement among the pending ones: the index still starts first (it changes no
      // data), then every statement runs in file order.
      operations.length = 0;
      writeFileSync(join(schemaDir, '9103_probe_data.cypher'), 'CREATE (:MigrationProbe {id: 9103});\n');
      writeFileSync(
        join(schemaDir, '9104_probe_text.cypher'),
        'CREATE FULLTEXT INDEX migration_probe_text IF NOT EXISTS FOR (p:MigrationProbe) ON EACH [p.text];\n',
      );
      await applyMigrations(harness.db, silentLogger, { dir: schemaDir, indexesFirst: true });
      expect(operations.filter((o) => o.startsWith('migration')).slice(1, 5)).toEqual([
        'migrations.index-first',
        'migration.9103_probe_data',
        'migrations.record',
        'migration.9104_probe_text',
      ]);
    } finally {
      stop();
      for (const name of ['migration_probe_at', 'migration_probe_text']) {
        await harness.db.write('test.cleanup', (tx) => tx.run(`DROP INDEX ${name} IF EXISTS`));
      }
      await harness.db.write('test.cleanup', (tx) => tx.run('DROP CONSTRAINT migration_probe_id IF EXISTS'));
      rmSync(schemaDir, { recursive: true, force: true });
    }
  });

  it('has applied every project migration, so a second start-up applies none', async () => {
    const report = await applyMigrations(harness.db, silentLogger);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toEqual(
      loadMigrations().map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`),
    );
  });

  it('refuses a migration edited after it was applied', async () => {
    writeFileSync(join(dir, '9001_probe.cypher'), 'CREATE (:MigrationProbe {edited: true});\n');
    await expect(applyMigrations(harness.db, silentLogger, { dir })).rejects.toThrow(
      'Migration 9001_probe was changed after it was applied',
    );
  });

  it('creates the constraints and full-text indexes the queries rely on', async () => {
    const result = await harness.db.read('test.indexes', 'SHOW INDEXES YIELD name, state RETURN name, state');
    const indexes = Object.fromEntries(result.records.map((r) => [r.get('name'), r.get('state')]));
    for (const name of [
      'actor_id',
      'statement_id',
      'statement_at',
      'statement_text',
      'claim_text',
      'actor_names',
      'source_titles',
      'audit_entry_id',
      'audit_entry_target',
    ]) {
      expect(indexes[name]).toBe('ONLINE');
    }
  });
});

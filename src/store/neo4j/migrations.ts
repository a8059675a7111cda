// Numbered, idempotent Cypher migrations from cypher/migrations/, applied in order and
// recorded as (:Migration) nodes so each runs once. Each statement runs in its own
// transaction because Neo4j does not let schema changes and data writes share one.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Logger } from '../../platform/logger';
import { projectRoot } from '../../platform/project-root';
import type { Database } from './database';
import { toNumber } from './values';

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.cypher$/;

export function migrationsDir(): string {
  return join(projectRoot(), 'cypher', 'migrations');
}

/** Splits a file into statements on `;` at line ends; `//` comment lines are dropped. */
export function parseStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => {
      const match = FILE_PATTERN.exec(file);
      if (!match) {
        throw new Error(
          `Migration file names must look like 0001_snake_case.cypher, got ${JSON.stringify(file)}`,
        );
      }
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(match[1]),
        name: match[2] as string,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: parseStatements(text),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && previous.version === migration.version) {
      throw new Error(
        `Two migrations share version ${migration.version}: ${previous.name}, ${migration.name}`,
      );
    }
  });
  return migrations;
}

export interface MigrationOptions {
  dir?: string;
  /**
   * Start every pending `CREATE … INDEX … IF NOT EXISTS` before anything else. Such an index
   * populates in the background, so over a freshly imported store the full-text indexes fill
   * while the constraints (which block) are still being built, instead of after them. The
   * statements run again in their place, as no-ops. An index changes no data, so starting it
   * before a pending data statement cannot change what that statement does.
   */
  indexesFirst?: boolean;
}

const BACKGROUND_INDEX = /^CREATE\s+(?:\w+\s+)?INDEX\s+\w+\s+IF\s+NOT\s+EXISTS\b/i;

export async function applyMigrations(
  db: Database,
  log: Logger,
  options: MigrationOptions = {},
): Promise<MigrationReport> {
  const migrations = loadMigrations(options.dir ?? migrationsDir());
  // The constraint on Migration.version is itself created by migration 0001, so the
  // bookkeeping read must work on an empty database: it does, a label scan of nothing.
  const recorded = await db.read(
    'migrations.list',
    'MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum',
  );
  const applied = new Map<number, string>();
  for (const record of recorded.records) {
    applied.set(toNumber(record.get('version')), record.get('checksum'));
  }

  const pending = migrations.filter((m) => !applied.has(m.version)).flatMap((m) => m.statements);
  if (options.indexesFirst) {
    // Full-text first: they take longest to populate, and Neo4j populates two indexes at a time.
    const background = pending.filter((s) => BACKGROUND_INDEX.test(s));
    const fullText = background.filter((s) => /^CREATE\s+FULLTEXT\b/i.test(s));
    for (const statement of [...fullText, ...background.filter((s) => !fullText.includes(s))]) {
      await db.write('migrations.index-first', (tx) => tx.run(statement));
    }
  }

  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    const label = `${String(migration.version).padStart(4, '0')}_${migration.name}`;
    const checksum = applied.get(migration.version);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new Error(
          `Migration ${label} was changed after it was applied (recorded checksum ${checksum.slice(0, 12)}, ` +
            `file ${migration.checksum.slice(0, 12)}). Add a new migration instead of editing an applied one.`,
        );
      }
      report.alreadyApplied.push(label);
      continue;
    }
    for (const statement of migration.statements) {
      await db.write(`migration.${label}`, (tx) => tx.run(statement));
    }
    await db.write('migrations.record', (tx) =>
      tx.run(
        `MERGE (m:Migration {version: $version})
         ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()`,
        { version: neo4j.int(migration.version), name: migration.name, checksum: migration.checksum },
      ),
    );
    report.applied.push(label);
    log.info(`Applied migration ${label}`);
  }
  if (report.applied.length > 0) {
    await db.write('migrations.await-indexes', (tx) => tx.run('CALL db.awaitIndexes(300)'));
  }
  return report;
}

// Runs Neo4j's offline importer (`neo4j-admin database import full`, from the jars the
// embedded Neo4j already resolved) over CSV files, into the default database of a local home.
// The database must be stopped: the importer writes its store files directly.

import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { javaCommand, neo4jClasspath } from '../neo4j/local-neo4j';
import { ARRAY_DELIMITER, type ImportFile, type ImportFileSet } from './import-files';

export interface ImportToolOptions {
  home: string;
  files: ImportFileSet;
  /** the importer's own progress, one line at a time */
  onOutput?: (line: string) => void;
}

/** Files of one table are one input: `Label=first.csv,second.csv`, each with its header. */
function inputs(files: ImportFile[]): string[] {
  const groups = new Map<string, { name?: string; paths: string[] }>();
  for (const file of files) {
    const group = groups.get(file.key) ?? { ...(file.name ? { name: file.name } : {}), paths: [] };
    group.paths.push(file.path);
    groups.set(file.key, group);
  }
  return [...groups.values()].map(({ name, paths }) => `${name ? `${name}=` : ''}${paths.join(',')}`);
}

export function importArguments(files: ImportFileSet, reportFile: string): string[] {
  const unicode = `U+${ARRAY_DELIMITER.codePointAt(0)?.toString(16).padStart(4, '0').toUpperCase()}`;
  return [
    'database',
    'import',
    'full',
    // The database name goes first: --nodes and --relationships take any number of values.
    'neo4j',
    '--overwrite-destination=true',
    `--array-delimiter=${unicode}`,
    // Bad entries are listed here, not in the working directory.
    `--report-file=${reportFile}`,
    // Every part file repeats its table's header.
    '--auto-skip-subsequent-headers=true',
    ...inputs(files.nodes).map((input) => `--nodes=${input}`),
    ...inputs(files.relationships).map((input) => `--relationships=${input}`),
  ];
}

export async function runImportTool(options: ImportToolOptions): Promise<void> {
  const conf = join(options.home, 'conf');
  mkdirSync(conf, { recursive: true });
  mkdirSync(join(options.home, 'logs'), { recursive: true });
  const child = spawn(
    javaCommand(),
    [
      '-Xmx2g',
      '-cp',
      neo4jClasspath().classpath,
      'org.neo4j.cli.AdminTool',
      ...importArguments(options.files, join(options.home, 'logs', 'import.report')),
    ],
    {
      env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const tail: string[] = [];
  const collect = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    options.onOutput?.(line);
  };
  createInterface({ input: child.stdout }).on('line', collect);
  createInterface({ input: child.stderr }).on('line', collect);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(`neo4j-admin database import exited with code ${code}:\n${tail.join('\n')}`);
  }
}

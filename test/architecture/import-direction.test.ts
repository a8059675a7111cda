// The house imports one way: each room of src/ (a folder, or a file standing alone) sits on a
// floor, and imports only from rooms on lower floors; no files import each other in a circle.
// A new room gets a floor here; an import that runs up fails this test.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { projectRoot } from '../../src/platform/project-root';

const FLOORS: Record<string, number> = {
  'main.ts': 9,
  cli: 8,
  api: 7,
  core: 6,
  store: 5,
  extract: 4,
  synthetic: 4,
  domain: 2,
  platform: 1,
};

const SRC = join(projectRoot(), 'src');
// Generated from the SDL: it names the types every layer maps to, and is not a room.
const GENERATED = join(SRC, 'api', 'generated');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === GENERATED ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const roomOf = (file: string) => relative(SRC, file).split('/')[0] as string;

/** The files of src/ a file imports (relative specifiers, type-only imports included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1] as string);
  return specifiers
    .map((specifier) => resolve(dirname(file), specifier))
    .map((path) => (path.endsWith('.ts') ? path : `${path}.ts`))
    .filter((path) => path.startsWith(SRC) && !path.startsWith(GENERATED));
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('the import direction of src/', () => {
  it('gives every room a floor', () => {
    expect([...new Set(files.map(roomOf))].filter((room) => FLOORS[room] === undefined)).toEqual([]);
  });

  it('imports only from rooms on lower floors', () => {
    const upward = [...graph].flatMap(([file, imported]) =>
      imported
        .filter((target) => roomOf(target) !== roomOf(file))
        .filter((target) => (FLOORS[roomOf(target)] ?? 0) >= (FLOORS[roomOf(file)] ?? 0))
        .map((target) => `${relative(SRC, file)} -> ${relative(SRC, target)}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no files that import each other in a circle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });
});

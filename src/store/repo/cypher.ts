// Named, parameterised queries from cypher/queries/*.cypher. A query may include a shared
// projection from cypher/fragments/ with a line `{{name}}`, so every query returning an
// actor, source or statement returns the same shape for the mappers.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../platform/project-root';

const cache = new Map<string, string>();

function read(kind: 'queries' | 'fragments', name: string): string {
  return readFileSync(join(projectRoot(), 'cypher', kind, `${name}.cypher`), 'utf8');
}

function expand(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .replace(/\{\{([a-z-]+)\}\}/g, (_, fragment: string) => expand(read('fragments', fragment)).trim())
    .trim();
}

/** The text of cypher/queries/<name>.cypher with its fragments expanded. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = expand(read('queries', name));
    cache.set(name, text);
  }
  return text;
}

const fragments = new Map<string, string>();

/** A fragment on its own, for queries composed in code from fixed parts. */
export function fragment(name: string): string {
  let text = fragments.get(name);
  if (text === undefined) {
    text = expand(read('fragments', name));
    fragments.set(name, text);
  }
  return text;
}

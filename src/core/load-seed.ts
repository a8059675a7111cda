// The curated seed: every folder under seed/ holding a dataset.json (a GraphDataSet) and,
// optionally, article.txt — the text of the one publication its statements are reported in.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../domain/content-hash';
import type { GraphDataSet } from '../domain/model';
import { projectRoot } from '../platform/project-root';
import type { Database } from '../store/neo4j/database';
import { writeDataSet } from '../store/repo/dataset-writer';

export interface SeedSet {
  name: string;
  data: GraphDataSet;
}

export function readSeedSets(dir = join(projectRoot(), 'seed')): SeedSet[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'dataset.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const data = JSON.parse(readFileSync(join(dir, name, 'dataset.json'), 'utf8')) as GraphDataSet;
      const articlePath = join(dir, name, 'article.txt');
      if (existsSync(articlePath)) {
        const publications = new Set(data.statements.map((statement) => statement.sourceId));
        if (publications.size !== 1) {
          throw new Error(
            `seed/${name}/article.txt must belong to one publication, but its statements cite ${publications.size}: ${[...publications].join(', ')}`,
          );
        }
        const [publicationId] = publications;
        const text = readFileSync(articlePath, 'utf8');
        const hash = contentHash(text);
        data.sources = data.sources.map((source) =>
          source.id === publicationId ? { ...source, contentHash: hash, text } : source,
        );
      }
      return { name, data };
    });
}

/** Writes every seed set in one transaction: all of it or none of it. */
export async function loadSeed(db: Database, sets = readSeedSets()): Promise<SeedSet[]> {
  await db.write('seed.load', async (tx) => {
    for (const set of sets) await writeDataSet(tx, set.data);
  });
  return sets;
}

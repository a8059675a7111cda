// The curated seed: every folder under seed/ holding a dataset.json (a GraphDataSet) and,
// optionally, article.txt — the text of the one publication its statements are reported in.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Principal } from '../domain/audit';
import { contentHash } from '../domain/content-hash';
import type { GraphDataSet } from '../domain/model';
import { projectRoot } from '../platform/project-root';
import type { Database } from '../store/neo4j/database';
import { writeDataSet } from '../store/repo/dataset-writer';
import { audit } from './writes/audit-trail';

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

/**
 * Writes every seed set in one transaction: all of it or none of it. Each node of the seed is
 * written as curated, with its links, so this also restores the seed after corrections and
 * retractions (other data stays); `by` records that restoration in the audit trail.
 */
export async function loadSeed(db: Database, sets = readSeedSets(), by?: Principal): Promise<SeedSet[]> {
  await db.write('seed.load', async (tx) => {
    for (const set of sets) await writeDataSet(tx, set.data);
    if (by !== undefined) {
      await audit(tx, by, {
        operation: 'RESTORE_SEED',
        targetKind: 'Seed',
        targetId: sets.map((set) => set.name).join(','),
        after: sets.map(({ name, data }) => ({
          name,
          statements: data.statements.length,
          sources: data.sources.length,
        })),
      });
    }
  });
  return sets;
}

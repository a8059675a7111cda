// Group commit for an ingest worker. Each article's write is one transaction of a dozen queries,
// but what a commit costs Neo4j barely depends on its size: every commit flushes and reopens
// each full-text index it touched (statement text, claim text, titles, body prints), which
// on this machine costs more than the article's own queries. A worker with several articles in
// hand writes them in one transaction, one after another: the first article arriving while
// nothing is being written goes at once, alone; those arriving meanwhile wait and go together
// next. Under load the groups grow; idle, nothing waits.

import type { Principal } from '../../domain/audit';
import type { Database } from '../../store/neo4j/database';
import {
  type ArticleWriteGroup,
  type IngestOutcome,
  type PreparedArticle,
  recordPrepared,
  recordPreparedTogether,
} from './ingest-article';

export interface ArticleWriteGroupOptions {
  /** The most articles one transaction writes (its memory and how long it holds its locks). */
  maxArticles: number;
}

interface Waiting {
  article: PreparedArticle;
  by: Principal;
  resolve(outcome: IngestOutcome): void;
  reject(error: unknown): void;
}

export function articleWriteGroup(db: Database, options: ArticleWriteGroupOptions): ArticleWriteGroup {
  if (!Number.isInteger(options.maxArticles) || options.maxArticles < 1) {
    throw new RangeError(`maxArticles must be a positive integer, got ${options.maxArticles}`);
  }
  const waiting: Waiting[] = [];
  let writing = false;

  async function writeAll(): Promise<void> {
    writing = true;
    while (waiting.length > 0) {
      const group = waiting.splice(0, options.maxArticles);
      const outcomes = group.length > 1 ? await recordPreparedTogether(db, group) : undefined;
      if (outcomes) {
        for (const [index, entry] of group.entries()) entry.resolve(outcomes[index] as IngestOutcome);
        continue;
      }
      // Alone (or the group would not write as one): each in its own transaction, in arrival
      // order, so an article that fails fails alone and a copy still follows its original.
      for (const entry of group) {
        await recordPrepared(db, entry.article, entry.by).then(entry.resolve, entry.reject);
      }
    }
    writing = false;
  }

  return {
    write(article, by) {
      return new Promise<IngestOutcome>((resolve, reject) => {
        waiting.push({ article, by, resolve, reject });
        if (!writing) void writeAll();
      });
    },
  };
}

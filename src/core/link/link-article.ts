// The linker inside a write transaction: look up what an article's statements may join
// (claims by their words, topics by the article's subjects: one round trip each, from the
// full-text indexes), decide (src/link, pure), tie a bare "rejected the accusation" to the
// story's contested claim (only when there is one), then look for the article it copies
// among the articles that share its claims.

import { isCopy, resemblanceTo } from '../../link';
import {
  type ArticleLinks,
  decideLinks,
  denyReferences,
  type LinkableArticle,
  linkQueries,
} from '../../link/link-article';
import type { Transaction } from '../../store/neo4j/database';
import {
  claimCandidates,
  contestedClaims,
  copyCandidates,
  topicCandidates,
} from '../../store/repo/link-lookups';

export interface ArticleCopy {
  /** the other article */
  sourceId: string;
  /** the share of the shorter body found in the longer, 0..1 */
  resemblance: number;
  /** whether the article being linked is the later one (the copy), or the original */
  isCopy: boolean;
}

export interface LinkedArticle {
  links: ArticleLinks;
  copy?: ArticleCopy;
}

// Claims matched word for word are where a copy's original is found.
const COPY_EVIDENCE = new Set(['exact', 'subspan']);

/** Whether an article dated `at` copies one dated `otherAt`: the later copies the earlier; undated, the one stored first is the original. */
export function copiesLater(at: string | undefined, otherAt: string | undefined): boolean {
  return at === undefined || otherAt === undefined || otherAt <= at;
}

/**
 * `copy`: the article it copies when already known (the same text is stored), so no search is
 * made for one.
 */
export async function linkArticle(
  tx: Transaction,
  article: LinkableArticle & { publishedAt?: string },
  known: { copy?: ArticleCopy } = {},
): Promise<LinkedArticle> {
  const queries = linkQueries(article);
  const claims = await claimCandidates(tx, queries.claims);
  const topics = await topicCandidates(tx, queries.subjects);
  let links = decideLinks(article, claims, topics, queries.names);
  if (links.unresolvedReferences.length > 0) {
    links = denyReferences(
      links,
      await contestedClaims(
        tx,
        links.topics.map((topic) => topic.id),
      ),
    );
  }
  if (known.copy) return { links, copy: known.copy };
  const copied = links.statements.filter((link) => COPY_EVIDENCE.has(link.method));
  // A copy repeats most of its original's quotes word for word; with fewer, look no further.
  if (copied.length < Math.max(2, links.statements.length / 2)) return { links };
  const shared = [...new Set(copied.map((link) => link.claimId))];
  const resemblance = resemblanceTo(article.text);
  let copy: ArticleCopy | undefined;
  for (const other of await copyCandidates(tx, article.sourceId, shared)) {
    const score = resemblance(other.text);
    if (!isCopy(score) || (copy && copy.resemblance >= score)) continue;
    copy = {
      sourceId: other.id,
      resemblance: score,
      isCopy: copiesLater(article.publishedAt, other.publishedAt),
    };
  }
  return { links, ...(copy ? { copy } : {}) };
}

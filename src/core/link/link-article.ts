// The linker inside a write transaction: look up what an article's statements may join
// (claims by their words, topics by the article's subjects: one round trip each, from the
// full-text indexes), decide (src/link, pure), tie a bare "rejected the accusation" to the
// story's contested claim (only when there is one), then look for the article it copies
// among the articles whose body prints resemble its own.

import { bodyPrint, lookupPositions, mayBeCopies, parsePrint } from '../../domain/body-print';
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
import { sourceTextsByIdsIn } from '../../store/repo/sources';

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
 * made for one. `bodyPrint`: the article's, when the caller has computed it.
 */
export async function linkArticle(
  tx: Transaction,
  article: LinkableArticle & { publishedAt?: string; bodyPrint?: string },
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
  const copy = await copiedArticle(tx, article);
  return { links, ...(copy ? { copy } : {}) };
}

/** The stored article this one copies (or that copies it), if any: the closest above the bar. */
async function copiedArticle(
  tx: Transaction,
  article: { sourceId: string; text: string; publishedAt?: string; bodyPrint?: string },
): Promise<ArticleCopy | undefined> {
  const own = parsePrint(article.bodyPrint ?? bodyPrint(article.text));
  if (!own) return undefined;
  const candidates = (await copyCandidates(tx, article.sourceId, lookupPositions(own))).filter(
    (candidate) => {
      const theirs = parsePrint(candidate.bodyPrint);
      return theirs !== undefined && mayBeCopies(own, theirs);
    },
  );
  if (candidates.length === 0) return undefined;
  const texts = await sourceTextsByIdsIn(
    tx,
    candidates.map((candidate) => candidate.id),
  );
  const resemblance = resemblanceTo(article.text);
  let copy: ArticleCopy | undefined;
  for (const candidate of candidates) {
    const text = texts.get(candidate.id);
    const score = text ? resemblance(text) : 0;
    if (!isCopy(score) || (copy && copy.resemblance >= score)) continue;
    copy = {
      sourceId: candidate.id,
      resemblance: score,
      isCopy: copiesLater(article.publishedAt, candidate.publishedAt),
    };
  }
  return copy;
}

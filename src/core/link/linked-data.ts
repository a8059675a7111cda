// The linker's decisions as data to write: each statement on the claim it joined (with the
// method and score), the claims to create with the article's topics, DENIES links, stances,
// topics, and SYNDICATES for a copy.

import type { Claim, DerivationKind, GraphDataSet, Source } from '../../domain/model';
import type { ArticleLinks } from '../../link/link-article';
import type { Transaction } from '../../store/neo4j/database';
import { type WriteModes, writeDataSet } from '../../store/repo/dataset-writer';
import type { LinkedArticle } from './link-article';

type ArticleData = Pick<GraphDataSet, 'actors' | 'sources' | 'claims' | 'statements'>;

/** How the linker's data is written: stored topics, claims and stances keep what they have. */
export const LINK_WRITE_MODES: WriteModes = {
  'write-topics': 'add',
  'write-claims': 'add',
  'write-stances': 'add',
};

/** Every claim the article touches, with its topics; a new claim is created with its text. */
export function claimRows(links: ArticleLinks): Claim[] {
  const topicIds = links.topics.map((topic) => topic.id);
  const texts = new Map(links.claims.map((claim) => [claim.id, claim.text]));
  const touched = new Set([
    ...links.statements.map((link) => link.claimId),
    ...links.claimLinks.flatMap((link) => [link.fromClaimId, link.toClaimId]),
  ]);
  return [...touched].map((id) => ({ id, text: texts.get(id) ?? '', topicIds }));
}

export function linkedData(data: ArticleData, { links, copy }: LinkedArticle): Partial<GraphDataSet> {
  const byStatement = new Map(links.statements.map((link) => [link.statementId, link]));
  const statements = data.statements.map((statement) => {
    const link = byStatement.get(statement.id);
    return link
      ? { ...statement, claimId: link.claimId, claimMethod: link.method, claimScore: link.score }
      : statement;
  });
  const claims = claimRows(links);
  const sources = data.sources.map(
    (source): Source =>
      copy?.isCopy && source.contentHash !== undefined
        ? {
            ...source,
            derivedFrom: [...source.derivedFrom, { sourceId: copy.sourceId, relation: 'SYNDICATES' }],
          }
        : source,
  );
  return {
    ...data,
    sources,
    statements,
    claims,
    claimLinks: links.claimLinks,
    topics: links.topics,
    stances: links.stances,
  };
}

/** Adds one derivation to a stored source, keeping what it has. */
export async function addDerivation(
  tx: Transaction,
  fromId: string,
  toId: string,
  relation: DerivationKind,
): Promise<void> {
  await writeDataSet(
    tx,
    { sources: [{ id: fromId, kind: 'ARTICLE', derivedFrom: [{ sourceId: toId, relation }] }] },
    { 'write-sources': 'keep', 'write-source-outlets': 'keep', 'write-source-derivations': 'add' },
  );
}

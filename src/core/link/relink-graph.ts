// npm run link: the linker over data ingested before it existed. Each stored article whose
// ingested statements were never linked is linked as ingestion would link it now, earliest
// published first, one write transaction per article; curated statements are left alone.
// Running it again finds nothing to do: every statement it linked records how.

import type { GraphDataSet } from '../../domain/model';
import type { LinkableArticle } from '../../link/link-article';
import type { Database } from '../../store/neo4j/database';
import { writeDataSet } from '../../store/repo/dataset-writer';
import { lockExisting } from '../../store/repo/locks';
import {
  articlesToLink,
  articleToLink,
  moveStatementsToClaims,
  type StoredArticleToLink,
} from '../../store/repo/relink';
import { linkArticle } from './link-article';
import { addDerivation, claimRows, LINK_WRITE_MODES } from './linked-data';

export interface RelinkTotals {
  articles: number;
  statements: number;
  /** statements that joined a claim other statements express */
  joined: number;
  denials: number;
  stances: number;
  copies: number;
}

function linkable(stored: StoredArticleToLink): LinkableArticle & { publishedAt?: string } {
  const people = stored.statements.filter((s) => s.speakerKind === 'PERSON' || s.speakerKind === 'ANONYMOUS');
  const actors = new Map<string, { id: string; name: string; aliases: string[] }>();
  for (const statement of stored.statements) {
    if (statement.speakerKind !== 'ANONYMOUS') {
      actors.set(statement.speakerId, {
        id: statement.speakerId,
        name: statement.speakerName,
        aliases: statement.speakerAliases,
      });
    }
    if (statement.organisation)
      actors.set(statement.organisation.id, { ...statement.organisation, aliases: [] });
  }
  return {
    sourceId: stored.id,
    text: stored.text,
    ...(stored.title ? { title: stored.title } : {}),
    ...(stored.publishedAt ? { publishedAt: stored.publishedAt } : {}),
    statements: stored.statements.map((statement) => ({
      id: statement.id,
      text: statement.text,
      direct: statement.direct,
      cue: statement.cue,
      speakerId: statement.speakerId,
      holderId:
        (statement.speakerKind === 'ANONYMOUS' ? statement.organisation?.id : undefined) ??
        statement.speakerId,
      ...(statement.at ? { at: statement.at } : {}),
    })),
    actors: [...actors.values()],
    notSubjects: [
      ...people.flatMap((person) => [person.speakerName, ...person.speakerAliases]),
      ...(stored.outlet ? [stored.outlet] : []),
    ],
  };
}

export async function relinkGraph(
  db: Database,
  onArticle: (done: number, total: number, totals: RelinkTotals) => void = () => {},
): Promise<RelinkTotals> {
  const totals: RelinkTotals = { articles: 0, statements: 0, joined: 0, denials: 0, stances: 0, copies: 0 };
  const ids = await articlesToLink(db);
  for (const [index, sourceId] of ids.entries()) {
    await db.write('link.article', async (tx) => {
      // Two runs at once link an article once: the second waits, then finds nothing unlinked.
      await lockExisting(tx, 'Source', [sourceId]);
      const stored = await articleToLink(tx, sourceId);
      if (!stored || stored.statements.length === 0) return;
      const article = linkable(stored);
      const { links, copy } = await linkArticle(tx, article);
      const texts = new Map(links.claims.map((claim) => [claim.id, claim.text]));
      await moveStatementsToClaims(
        tx,
        links.statements.map((link) => ({ ...link, text: texts.get(link.claimId) ?? '' })),
      );
      const data: Partial<GraphDataSet> = {
        topics: links.topics,
        claims: claimRows(links),
        claimLinks: links.claimLinks,
        stances: links.stances,
      };
      await writeDataSet(tx, data, LINK_WRITE_MODES);
      if (copy) {
        const [from, to] = copy.isCopy ? [sourceId, copy.sourceId] : [copy.sourceId, sourceId];
        await addDerivation(tx, from, to, 'SYNDICATES');
      }
      totals.articles++;
      totals.statements += links.statements.length;
      totals.joined += links.statements.filter((link) => link.method !== 'new').length;
      totals.denials += links.claimLinks.length;
      totals.stances += links.stances.length;
      totals.copies += copy ? 1 : 0;
    });
    onArticle(index + 1, ids.length, totals);
  }
  return totals;
}

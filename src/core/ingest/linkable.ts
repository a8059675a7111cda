// An ingest plan as the linker reads it: each statement with who holds its stances and the
// day it sorts by, the actors the article names, and the names that are never subjects.

import type { ExtractionResult } from '../../extract';
import type { LinkableArticle } from '../../link/link-article';
import type { ArticleMeta, IngestPlan } from './plan';

export function linkableArticle(
  plan: IngestPlan,
  extraction: ExtractionResult,
  meta: ArticleMeta,
  text: string,
): LinkableArticle & { publishedAt?: string; bodyPrint?: string } {
  const newActors = new Map(plan.data.actors.map((actor) => [actor.id, actor]));
  const statements = plan.data.statements.map((statement) => {
    const speaker = newActors.get(statement.speakerId);
    // An anonymous spokesperson's stance is their organisation's.
    const organisation = speaker?.kind === 'ANONYMOUS' ? speaker.affiliations[0]?.actorId : undefined;
    const at = statement.saidAt ?? meta.publishedAt;
    return {
      id: statement.id,
      text: statement.text,
      direct: statement.direct,
      cue: statement.cue,
      speakerId: statement.speakerId,
      holderId: organisation ?? statement.speakerId,
      ...(at ? { at } : {}),
    };
  });
  const actors = [...plan.actorIdsByName].map(([name, id]) => {
    const known = newActors.get(id);
    return { id, name, aliases: known ? [known.name, ...known.aliases] : [] };
  });
  const people = extraction.speakers.filter(
    (speaker) => speaker.kind === 'PERSON' || speaker.kind === 'ANONYMOUS',
  );
  const outlets = extraction.statements.flatMap((statement) =>
    statement.intermediary?.outlet ? [statement.intermediary.outlet] : [],
  );
  const print = plan.data.sources.find((source) => source.id === plan.publicationId)?.bodyPrint;
  return {
    sourceId: plan.publicationId,
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
    text,
    ...(print ? { bodyPrint: print } : {}),
    statements,
    actors,
    notSubjects: [
      ...people.flatMap((person) => [person.name, person.mention]),
      ...(meta.outlet ? [meta.outlet] : []),
      ...outlets,
    ],
  };
}

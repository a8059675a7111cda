import { ACTOR_KINDS } from '../../domain/model';
import type { Database } from '../../store/neo4j/database';
import type { ActorKey } from '../../store/repo/actor-query';
import { actorPage, countActors } from '../../store/repo/actors';
import { luceneAllTerms } from '../../store/repo/lucene';
import type { PageRequest } from '../../store/repo/page-request';
import { checkOneOf, checkSearchText } from '../validate';

export { actorIdsByName, actorsByIds } from '../../store/repo/actors';

export interface ActorListInput {
  /** words every listed actor's name or aliases contain */
  search?: string | null;
  kind?: string | null;
}

/** One page of actors in name order (up to page.size + 1 rows), and their total on demand. */
export async function readActors(db: Database, input: ActorListInput, page: PageRequest<ActorKey>) {
  const terms = input.search == null ? undefined : luceneAllTerms(checkSearchText('search', input.search));
  const kind = input.kind == null ? undefined : checkOneOf('kind', input.kind, ACTOR_KINDS);
  const filter = { ...(terms ? { search: terms } : {}), ...(kind ? { kind } : {}) };
  return { rows: await actorPage(db, filter, page), count: () => countActors(db, filter) };
}

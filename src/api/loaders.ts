// Per-request DataLoaders: every nested field resolves through one of these, so a query
// costs one round trip per nesting level whatever the number of parents. Each batch
// function returns results in key order, as DataLoader's contract requires.

import DataLoader from 'dataloader';
import { actorIdsForName } from '../core/reads/actor-names';
import { actorsByIds, actorIdsByName as fetchActorIdsByName } from '../core/reads/actors';
import {
  countOwnedLists,
  type ListDefinition,
  type ListEntity,
  readOwnedListPages,
} from '../core/reads/lists';
import {
  type ClaimSpread,
  claimSpreads,
  claimsByIds,
  topicIdsByName as fetchTopicIdsByName,
  reviewsOfClaims,
  sourcesByIds,
  sourceTextsByIds,
  type Trace,
  topicsByIds,
  tracesByStatementIds,
} from '../core/reads/lookups';
import {
  countStatementsOfOwners,
  type RelatedObjects,
  statementsByIds,
  statementsOfOwners,
} from '../core/reads/statements';
import type { ClaimReview } from '../domain/model';

/** Claim.reviews' bound, which its @listSize states. */
export const MAX_CLAIM_REVIEWS = 50;

import type { Actor, Claim, Source, Statement, Topic } from '../domain/model';
import type { Database } from '../store/neo4j/database';
import type { KeyedRow, ListKey } from '../store/repo/keyset-list';
import type { PageRequest } from '../store/repo/page-request';
import type { StatementIncludes, StatementKey, StatementOwnerKind } from '../store/repo/statement-query';

type Fetch<T> = (db: Database, ids: readonly string[]) => Promise<T[]>;

function byId<T extends { id: string }>(db: Database, fetch: Fetch<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await fetch(db, ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Loaders keyed by their arguments: one DataLoader per distinct argument set. `keyOf` names
 * an argument set (default: its JSON).
 */
function perArguments<A, L>(
  create: (args: A) => L,
  keyOf: (args: A) => string = JSON.stringify,
): (args: A) => L {
  const loaders = new Map<string, L>();
  return (args) => {
    const key = keyOf(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}

interface ListPageArgs {
  list: ListDefinition<unknown>;
  page: PageRequest<ListKey>;
  params: Record<string, unknown>;
}

export function createLoaders(db: Database) {
  const actor = byId<Actor>(db, actorsByIds);
  const source = byId<Source>(db, sourcesByIds);
  const statement = byId<Statement>(db, statementsByIds);
  const claim = byId<Claim>(db, claimsByIds);
  const topic = byId<Topic>(db, topicsByIds);

  const primeStatements = (statements: Statement[]) => {
    for (const row of statements) statement.prime(row.id, row);
    return statements;
  };
  const entityLoaders: Record<ListEntity, DataLoader<string, unknown>> = { claim, source, topic };
  /** Objects a keyset list returned whole: later fields on them cost no round trip. */
  const primeEntities = (entity: ListEntity | undefined, rows: KeyedRow<unknown>[]) => {
    if (!entity) return;
    for (const { node } of rows) entityLoaders[entity].prime((node as { id: string }).id, node);
  };

  // One DataLoader per list, page and parameters: the owners of one nesting level share it.
  // A list is named by its name: its definition is constant text.
  const listPages = perArguments(
    ({ list, page, params }: ListPageArgs) =>
      new DataLoader<string, KeyedRow<unknown>[]>(async (ownerIds) => {
        const found = await readOwnedListPages(db, list, ownerIds, page, params);
        return ownerIds.map((id) => {
          const rows = found.get(id) ?? [];
          primeEntities(list.entity, rows);
          return rows;
        });
      }),
    ({ list, page, params }) => `${list.name}|${JSON.stringify(page)}|${JSON.stringify(params)}`,
  );
  const listPage = <T>(
    list: ListDefinition<T>,
    page: PageRequest<ListKey>,
    params: Record<string, unknown> = {},
  ) => listPages({ list, page, params }) as DataLoader<string, KeyedRow<T>[]>;
  const listCounts = perArguments(
    ({ list, params }: Omit<ListPageArgs, 'page'>) =>
      new DataLoader<string, number>(async (ownerIds) => {
        const found = await countOwnedLists(db, list, ownerIds, params);
        return ownerIds.map((id) => found.get(id) ?? 0);
      }),
    ({ list, params }) => `${list.name}|${JSON.stringify(params)}`,
  );
  const listCount = (list: ListDefinition<unknown>, params: Record<string, unknown> = {}) =>
    listCounts({ list, params });

  // Name look-ups are top-level arguments: cached per request, not batched.
  // Settled one by one: a name that is ambiguous fails alone, not the whole batch.
  const actorIdsByName = new DataLoader<string, string[]>((names) =>
    Promise.all(names.map((n) => actorIdsForName(db, n).catch((error: Error) => error))),
  );
  // The exact name or alias only: for `about`, which may as well name a topic, so a near-miss
  // of an actor's name must not be looked for (nor cost a round trip).
  const actorIdsByExactName = new DataLoader<string, string[]>((names) =>
    Promise.all(names.map((n) => fetchActorIdsByName(db, n))),
  );
  const topicIdsByName = new DataLoader<string, string[]>((names) =>
    Promise.all(names.map((n) => fetchTopicIdsByName(db, n))),
  );

  /** Objects a list brought along: later fields on them cost no round trip. */
  const primeRelated = (related: RelatedObjects) => {
    for (const row of related.actors) actor.prime(row.id, row);
    for (const row of related.sources) source.prime(row.id, row);
  };

  return {
    actor,
    source,
    statement,
    claim,
    topic,
    /** a claim's reviews, newest first, at most MAX_CLAIM_REVIEWS (Claim.reviews) */
    claimReviews: new DataLoader<string, ClaimReview[]>(async (ids) => {
      const found = await reviewsOfClaims(db, ids, MAX_CLAIM_REVIEWS);
      return ids.map((id) => found.get(id) ?? []);
    }),
    claimSpread: new DataLoader<string, ClaimSpread | null>(async (ids) => {
      const found = await claimSpreads(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    sourceText: new DataLoader<string, string | null>(async (ids) => {
      const found = await sourceTextsByIds(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    actorIdsByName,
    actorIdsByExactName,
    topicIdsByName,
    /** the request's name look-ups, as the core's filters take them */
    names: {
      actorIds: (name: string) => actorIdsByName.load(name),
      topicIds: (name: string) => topicIdsByName.load(name),
    },
    trace: new DataLoader<string, Trace | null>(async (ids) => {
      const found = await tracesByStatementIds(db, ids);
      // The trace carries whole actors and sources: later fields on them cost nothing.
      for (const trace of found.values()) primeRelated(trace);
      return ids.map((id) => found.get(id) ?? null);
    }),
    statementsOf: perArguments(
      ({
        kind,
        page,
        includes = {},
      }: {
        kind: StatementOwnerKind;
        page: PageRequest<StatementKey>;
        includes?: StatementIncludes;
      }) =>
        new DataLoader<string, Statement[]>(async (ownerIds) => {
          const related: RelatedObjects = { actors: [], sources: [] };
          const found = await statementsOfOwners(db, kind, ownerIds, page, { includes, related });
          primeRelated(related);
          return ownerIds.map((id) => primeStatements(found.get(id) ?? []));
        }),
    ),
    statementCountOf: perArguments(
      (kind: StatementOwnerKind) =>
        new DataLoader<string, number>(async (ownerIds) => {
          const found = await countStatementsOfOwners(db, kind, ownerIds);
          return ownerIds.map((id) => found.get(id) ?? 0);
        }),
    ),
    listPage,
    listCount,
    primeStatements,
    primeRelated,
    primeEntities,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

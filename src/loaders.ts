// Per-request DataLoaders: every nested field resolves through one of these, so a query
// costs one round trip per nesting level whatever the number of parents. Each batch
// function returns results in key order, as DataLoader's contract requires.

import DataLoader from 'dataloader';
import type { Database } from './db/database';
import type { Actor, Claim, Source, Stance, Statement, Topic } from './domain/model';
import {
  type AffiliationRow,
  actorIdsByName,
  actorsByIds,
  affiliationsByMemberIds,
  affiliationsByOrganizationIds,
} from './repo/actors';
import {
  appearancesByClaimIds,
  type ClaimLinkRow,
  claimIdsByTopicIds,
  claimLinksByClaimIds,
  claimsByIds,
} from './repo/claims';
import type { PageRequest } from './repo/pagination';
import { type DerivationRow, derivativesBySourceIds, sourcesByIds, sourceTextsByIds } from './repo/sources';
import { findStances } from './repo/stances';
import type { StatementIncludes, StatementKey, StatementOwnerKind } from './repo/statement-query';
import {
  countStatementsOfOwners,
  type RelatedObjects,
  statementsByIds,
  statementsOfOwners,
} from './repo/statements';
import { topicIdsByName, topicsByIds } from './repo/topics';
import { type Trace, tracesByStatementIds } from './repo/trace';

type Fetch<T> = (db: Database, ids: readonly string[]) => Promise<T[]>;

function byId<T extends { id: string }>(db: Database, fetch: Fetch<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await fetch(db, ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Many rows per key: rows carry their key in `key`, which is stripped. */
function grouped<R extends { key: string }>(
  db: Database,
  fetch: (db: Database, ids: readonly string[]) => Promise<R[]>,
): DataLoader<string, Omit<R, 'key'>[]> {
  return new DataLoader(async (ids) => {
    const groups = new Map<string, Omit<R, 'key'>[]>(ids.map((id) => [id, []]));
    for (const { key, ...row } of await fetch(db, ids)) groups.get(key)?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/** Loaders keyed by their arguments: one DataLoader per distinct argument set. */
function perArguments<A, L>(create: (args: A) => L): (args: A) => L {
  const loaders = new Map<string, L>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(args);
      loaders.set(key, loader);
    }
    return loader;
  };
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
    sourceText: new DataLoader<string, string | null>(async (ids) => {
      const found = await sourceTextsByIds(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    // Name look-ups are top-level arguments: cached per request, not batched.
    actorIdsByName: new DataLoader<string, string[]>((names) =>
      Promise.all(names.map((n) => actorIdsByName(db, n))),
    ),
    topicIdsByName: new DataLoader<string, string[]>((names) =>
      Promise.all(names.map((n) => topicIdsByName(db, n))),
    ),
    affiliations: grouped<AffiliationRow & { key: string }>(db, affiliationsByMemberIds),
    members: grouped<AffiliationRow & { key: string }>(db, affiliationsByOrganizationIds),
    derivatives: grouped<DerivationRow & { key: string }>(db, derivativesBySourceIds),
    claimLinks: grouped<ClaimLinkRow & { key: string }>(db, claimLinksByClaimIds),
    claimIdsOfTopic: grouped(db, claimIdsByTopicIds),
    appearances: new DataLoader<string, string[]>(async (ids) => {
      const found = await appearancesByClaimIds(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
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
    stancesOf: perArguments(
      (asOf: string | null) =>
        new DataLoader<string, Stance[]>(async (actorIds) => {
          const stances = await findStances(db, { actorIds: [...actorIds], aboutIds: null, asOf });
          return actorIds.map((id) => stances.filter((stance) => stance.actorId === id));
        }),
    ),
    primeStatements,
    primeRelated,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

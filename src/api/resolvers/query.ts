import { readActors } from '../../core/reads/actors';
import { aggregate } from '../../core/reads/aggregate';
import {
  auditList,
  CONTRADICTIONS,
  type ListPage,
  readAuditTrail,
  readContradictions,
  readStances,
  readTopics,
  stanceList,
  TOPICS,
} from '../../core/reads/lists';
import { requireExactlyOne, sourceByUrl } from '../../core/reads/lookups';
import { search } from '../../core/reads/search';
import { readSources, resolveSourceFilter, sourceList } from '../../core/reads/sources';
import { readStatements } from '../../core/reads/statements';
import { BadUserInputError, NotFoundError } from '../../domain/errors';
import { API_VERSION } from '../../platform/version';
import {
  actorCursor,
  decodeActorKey,
  decodeStatementKey,
  keyedConnection,
  type ListKey,
  listPageRequest,
  type PageRequest,
  pageRequest,
  statementCursor,
  toConnection,
} from '../connections';
import type { RequestContext } from '../context';
import type { QueryResolvers } from '../generated/graphql';
import { ingestQueries } from './ingest';
import { present, required } from './loaded';
import { statementIncludes } from './selection';

/** Ids of topics and actors a free-text `about` names; null when not given. */
async function aboutIds(ctx: RequestContext, about?: string | null) {
  if (about == null) return null;
  const [actorIds, topicIds] = await Promise.all([
    ctx.loaders.actorIdsByExactName.load(about),
    ctx.loaders.topicIdsByName.load(about),
  ]);
  return [...actorIds, ...topicIds];
}

/** A graph-wide keyset list's page as a connection; its whole objects are primed. */
function listConnection<T>({ loaders }: RequestContext, page: PageRequest<ListKey>, read: ListPage<T>) {
  loaders.primeEntities(read.list.entity, read.rows);
  return keyedConnection(read.list, page, read.rows, read.count);
}

export const Query: QueryResolvers = {
  ...ingestQueries,
  apiVersion: () => API_VERSION,

  actor: async (_, { id, name }, { loaders }) => {
    requireExactlyOne('actor', { id, name });
    if (id != null) return required(loaders.actor, 'Actor', id, 'id');
    const ids = await loaders.actorIdsByName.load(name as string);
    if (ids.length > 1) {
      // Two actors go by this very name: say which, never pick one silently.
      const actors = present(await loaders.actor.loadMany(ids.slice(0, 10)));
      throw new BadUserInputError(
        `${JSON.stringify(name)} names ${ids.length} actors: ${actors.map((a) => `${a.name} (${a.id})`).join(', ')}; ask by id`,
        'name',
        name,
      );
    }
    return ids[0] ? loaders.actor.load(ids[0]) : null;
  },

  actors: async (_, { search: words, kind, ...args }, { db, config }) => {
    const page = pageRequest(args, decodeActorKey, config.limits.maxPageSize);
    const { rows, count } = await readActors(db, { search: words, kind }, page);
    return toConnection(page, rows, actorCursor, count);
  },

  statement: (_, { id }, { loaders }) => required(loaders.statement, 'Statement', id, 'id'),

  statements: async (_, { filter, ...args }, { db, loaders, config }, info) => {
    const page = pageRequest(args, decodeStatementKey, config.limits.maxPageSize);
    // An unknown source is NOT_FOUND, not an empty page; checked beside the read, not before it.
    const [read] = await Promise.all([
      readStatements(db, loaders.names, filter, page, statementIncludes(info)),
      filter?.sourceId == null
        ? undefined
        : required(loaders.source, 'Source', filter.sourceId, 'filter.sourceId'),
    ]);
    loaders.primeStatements(read.rows);
    loaders.primeRelated(read.related);
    return toConnection(page, read.rows, statementCursor, read.count);
  },

  claim: (_, { id }, { loaders }) => required(loaders.claim, 'Claim', id, 'id'),

  topics: async (_, args, ctx) => {
    const page = listPageRequest(args, TOPICS, ctx.config.limits.maxPageSize);
    return listConnection(ctx, page, await readTopics(ctx.db, page));
  },

  source: async (_, { id, url }, { db, loaders }) => {
    requireExactlyOne('source', { id, url });
    if (id != null) return required(loaders.source, 'Source', id, 'id');
    const found = await sourceByUrl(db, url as string);
    if (!found) throw new NotFoundError('Source with the URL', url as string, 'url');
    loaders.source.prime(found.id, found);
    return found;
  },

  sources: async (_, { filter, ...args }, ctx) => {
    const query = await resolveSourceFilter(ctx.loaders.names, filter);
    const page = listPageRequest(args, sourceList(query), ctx.config.limits.maxPageSize);
    return listConnection(ctx, page, await readSources(ctx.db, query, page));
  },

  search: (_, { query, first }, { db }) => search(db, query, first),

  // Every statement has a trace (its speaker at least): none means no such statement.
  trace: async (_, { statementId }, { loaders }) => {
    const trace = await loaders.trace.load(statementId);
    if (!trace) throw new NotFoundError('Statement', statementId, 'statementId');
    return trace.steps;
  },

  stances: async (_, { actorName, about, asOf, ...args }, ctx) => {
    const actorIds = actorName == null ? null : await ctx.loaders.actorIdsByName.load(actorName);
    const query = { actorIds, aboutIds: await aboutIds(ctx, about), asOf };
    const page = listPageRequest(args, stanceList(query), ctx.config.limits.maxPageSize);
    return listConnection(ctx, page, await readStances(ctx.db, query, page));
  },

  contradictions: async (_, { actorName, topic, ...args }, ctx) => {
    const actorIds = actorName == null ? null : await ctx.loaders.actorIdsByName.load(actorName);
    const topicIds = topic == null ? null : await ctx.loaders.topicIdsByName.load(topic);
    const page = listPageRequest(args, CONTRADICTIONS, ctx.config.limits.maxPageSize);
    return listConnection(ctx, page, await readContradictions(ctx.db, { actorIds, topicIds }, page));
  },

  auditTrail: async (_, { targetId, by, operation, ...args }, ctx) => {
    const query = { targetId: targetId ?? null, by: by ?? null, operation: operation ?? null };
    const page = listPageRequest(args, auditList(query), ctx.config.limits.maxPageSize);
    return listConnection(ctx, page, await readAuditTrail(ctx.db, query, page));
  },

  aggregate: (_, { groupBy, filter, first, orderBy }, { db, loaders }) =>
    aggregate(db, loaders.names, groupBy, filter, first, orderBy),
};

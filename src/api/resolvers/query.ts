import { resolveStatementFilter } from '../../core/statement-filter';
import { BadUserInputError } from '../../domain/errors';
import { API_VERSION } from '../../platform/version';
import { neo4jDate } from '../../store/neo4j/values';
import { decodeActorKey, listActors } from '../../store/repo/actors';
import { aggregateStatements, bucketRequest } from '../../store/repo/aggregate';
import { keyedConnection, listKeyDecoder } from '../../store/repo/keyset-list';
import { countList, readListPage } from '../../store/repo/list-pages';
import { CONTRADICTIONS, type ListDefinition, STANCES, STANCES_ABOUT, TOPICS } from '../../store/repo/lists';
import { luceneAllTerms, luceneTerms } from '../../store/repo/lucene';
import { type PageArgs, pageRequest } from '../../store/repo/pagination';
import { searchAll } from '../../store/repo/search';
import { sourceByUrl } from '../../store/repo/sources';
import { decodeStatementKey, listStatements, type RelatedObjects } from '../../store/repo/statements';
import type { RequestContext } from '../context';
import type { QueryResolvers } from '../generated/graphql';
import { statementIncludes } from './selection';

const MAX_SEARCH_HITS = 100;

/** Ids of topics and actors a free-text `about` names; null when not given. */
async function aboutIds(ctx: RequestContext, about?: string | null) {
  if (about == null) return null;
  const [actorIds, topicIds] = await Promise.all([
    ctx.loaders.actorIdsByName.load(about),
    ctx.loaders.topicIdsByName.load(about),
  ]);
  return [...actorIds, ...topicIds];
}

/** One page of a graph-wide keyset list. */
async function graphList<T>(
  { db, loaders, config }: RequestContext,
  list: ListDefinition<T>,
  args: PageArgs,
  params: Record<string, unknown> = {},
) {
  const page = pageRequest(args, listKeyDecoder(list), config.limits.maxPageSize);
  const rows = await readListPage(db, list, page, params);
  loaders.primeEntities(list.entity, rows);
  return keyedConnection(list, page, rows, () => countList(db, list, params));
}

export const Query: QueryResolvers = {
  apiVersion: () => API_VERSION,

  actor: async (_, { id, name }, { loaders }) => {
    if ((id == null) === (name == null)) {
      throw new BadUserInputError('actor takes exactly one of id or name', id == null ? 'id' : 'name');
    }
    if (id != null) return loaders.actor.load(id);
    const ids = await loaders.actorIdsByName.load(name as string);
    // An ambiguous name resolves to the first match by id, deterministically.
    return ids[0] ? loaders.actor.load(ids[0]) : null;
  },

  actors: (_, { search, kind, ...page }, { db, config }) => {
    const terms = search == null ? undefined : luceneAllTerms(search);
    return listActors(
      db,
      { ...(terms ? { search: terms } : {}), ...(kind ? { kind } : {}) },
      pageRequest(page, decodeActorKey, config.limits.maxPageSize),
    );
  },

  statement: (_, { id }, { loaders }) => loaders.statement.load(id),

  statements: async (_, { filter, ...page }, { db, loaders, config }, info) => {
    const request = pageRequest(page, decodeStatementKey, config.limits.maxPageSize);
    const related: RelatedObjects = { actors: [], sources: [] };
    const resolved = await resolveStatementFilter(loaders.names, filter);
    const connection = await listStatements(db, resolved, request, statementIncludes(info), related);
    loaders.primeStatements(connection.edges.map((edge) => edge.node));
    loaders.primeRelated(related);
    return connection;
  },

  claim: (_, { id }, { loaders }) => loaders.claim.load(id),

  topics: (_, args, ctx) => graphList(ctx, TOPICS, args),

  source: async (_, { id, url }, { db, loaders }) => {
    if ((id == null) === (url == null)) {
      throw new BadUserInputError('source takes exactly one of id or url', id == null ? 'id' : 'url');
    }
    if (id != null) return loaders.source.load(id);
    const found = await sourceByUrl(db, url as string);
    if (found) loaders.source.prime(found.id, found);
    return found ?? null;
  },

  search: async (_, { query, first }, { db }) => {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_HITS) {
      throw new BadUserInputError(
        `first must be an integer from 1 to ${MAX_SEARCH_HITS}, got ${limit}`,
        'first',
        first,
      );
    }
    const terms = luceneTerms(query);
    if (!terms) throw new BadUserInputError('query must contain a word to search for', 'query', query);
    return searchAll(db, terms, limit);
  },

  trace: async (_, { statementId }, { loaders }) => (await loaders.trace.load(statementId))?.steps ?? [],

  stances: async (_, { actorName, about, asOf, ...page }, ctx) => {
    const actorIds = actorName == null ? null : await ctx.loaders.actorIdsByName.load(actorName);
    const targets = await aboutIds(ctx, about);
    // Known targets anchor the match on their ids; otherwise every stance is a candidate.
    return graphList(ctx, targets === null ? STANCES : STANCES_ABOUT, page, {
      actorIds,
      aboutIds: targets,
      asOf: neo4jDate(asOf ?? null),
    });
  },

  contradictions: async (_, { actorName, topic, ...page }, ctx) => {
    const actorIds = actorName == null ? null : await ctx.loaders.actorIdsByName.load(actorName);
    const topicIds = topic == null ? null : await ctx.loaders.topicIdsByName.load(topic);
    return graphList(ctx, CONTRADICTIONS, page, { actorIds, topicIds });
  },

  aggregate: async (_, { groupBy, filter, first, orderBy }, { db, loaders }) =>
    aggregateStatements(
      db,
      groupBy,
      await resolveStatementFilter(loaders.names, filter),
      bucketRequest(groupBy, first, orderBy),
    ),
};

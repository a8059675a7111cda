// Field resolvers for the object types: each reads its parent's ids and goes through a loader.

import type { GraphQLResolveInfo } from 'graphql';
import {
  ACTOR_AFFILIATIONS,
  ACTOR_MEMBERS,
  ACTOR_STANCES,
  CLAIM_APPEARANCES,
  CLAIM_RELATIONS,
  CLAIM_TOPICS,
  type ListDefinition,
  SOURCE_DERIVATIVES,
  SOURCE_DERIVED_FROM,
  stancesAsOf,
  TOPIC_CLAIMS,
} from '../../core/reads/lists';
import { BadUserInputError } from '../../domain/errors';
import { MAX_ALIASES, MAX_SPREAD_DAYS, MAX_VIA } from '../../domain/limits';
import type { StatementOwnerKind } from '../../store/repo/statement-query';
import {
  decodeStatementKey,
  keyedConnection,
  listPageRequest,
  type PageArgs,
  pageRequest,
  statementCursor,
  toConnection,
} from '../connections';
import type { RequestContext } from '../context';
import type {
  ActorConnectionResolvers,
  ActorResolvers,
  AffiliationResolvers,
  ClaimConflictResolvers,
  ClaimLinkResolvers,
  ClaimMatchMethod,
  ClaimResolvers,
  ClaimReviewResolvers,
  ClaimSpreadResolvers,
  MergeActorsResultResolvers,
  ProvenanceStepResolvers,
  ReviewMatchMethod,
  SearchHitResolvers,
  SourceDerivationResolvers,
  SourceResolvers,
  StanceResolvers,
  StatementConnectionResolvers,
  StatementResolvers,
  TopicResolvers,
} from '../generated/graphql';
import { present, required } from './loaded';
import { statementIncludes } from './selection';

async function ownedStatements(
  { loaders, config }: RequestContext,
  kind: StatementOwnerKind,
  ownerId: string,
  args: PageArgs,
  info: GraphQLResolveInfo,
) {
  const page = pageRequest(args, decodeStatementKey, config.limits.maxPageSize);
  const rows = await loaders.statementsOf({ kind, page, includes: statementIncludes(info) }).load(ownerId);
  return toConnection(page, rows, statementCursor, () => loaders.statementCountOf(kind).load(ownerId));
}

/** One page of an owner's neighbour list, batched with the other owners at this level. */
async function ownedList<T>(
  { loaders, config }: RequestContext,
  list: ListDefinition<T>,
  ownerId: string,
  args: PageArgs,
  params: Record<string, unknown> = {},
) {
  const page = listPageRequest(args, list, config.limits.maxPageSize);
  const rows = await loaders.listPage(list, page, params).load(ownerId);
  return keyedConnection(list, page, rows, () => loaders.listCount(list, params).load(ownerId));
}

export const Actor: ActorResolvers = {
  aliases: (actor) => actor.aliases.slice(0, MAX_ALIASES),
  aliasCount: (actor) => actor.aliases.length,
  affiliations: (actor, args, context) => ownedList(context, ACTOR_AFFILIATIONS, actor.id, args),
  members: (actor, args, context) => ownedList(context, ACTOR_MEMBERS, actor.id, args),
  statements: (actor, args, context, info) => ownedStatements(context, 'actor', actor.id, args, info),
  stances: (actor, { asOf, ...args }, context) =>
    ownedList(context, ACTOR_STANCES, actor.id, args, stancesAsOf(asOf)),
};

export const Affiliation: AffiliationResolvers = {
  member: (row, _, { loaders }) => required(loaders.actor, 'Actor', row.memberId),
  organization: (row, _, { loaders }) => required(loaders.actor, 'Actor', row.organizationId),
};

export const Source: SourceResolvers = {
  outlet: (source, _, { loaders }) => (source.outletId ? loaders.actor.load(source.outletId) : null),
  statements: (source, args, context, info) => ownedStatements(context, 'source', source.id, args, info),
  derivedFrom: (source, args, context) => ownedList(context, SOURCE_DERIVED_FROM, source.id, args),
  derivatives: (source, args, context) => ownedList(context, SOURCE_DERIVATIVES, source.id, args),
  // Sources are loaded without their text (source-fields.cypher); a freshly written one has it.
  text: (source, _, { loaders }) => source.text ?? loaders.sourceText.load(source.id),
};

export const SourceDerivation: SourceDerivationResolvers = {
  source: (row, _, { loaders }) => required(loaders.source, 'Source', row.sourceId),
};

export const Statement: StatementResolvers = {
  speaker: (statement, _, { loaders }) => required(loaders.actor, 'Actor', statement.speakerId),
  claim: (statement, _, { loaders }) => (statement.claimId ? loaders.claim.load(statement.claimId) : null),
  source: (statement, _, { loaders }) => required(loaders.source, 'Source', statement.sourceId),
  via: async (statement, _, { loaders }) =>
    present(await loaders.source.loadMany(statement.viaIds.slice(0, MAX_VIA))),
  trace: async (statement, _, { loaders }) => (await loaders.trace.load(statement.id))?.steps ?? [],
  speakerResolution: (statement) =>
    statement.speakerMethod
      ? { method: statement.speakerMethod, confidence: statement.speakerConfidence ?? statement.confidence }
      : null,
  claimMatch: (statement) =>
    statement.claimMethod && CLAIM_MATCH_METHODS.has(statement.claimMethod)
      ? { method: statement.claimMethod.toUpperCase() as ClaimMatchMethod, score: statement.claimScore ?? 1 }
      : null,
};

const CLAIM_MATCH_METHODS = new Set(['exact', 'subspan', 'paraphrase', 'new', 'split']);

export const ClaimSpread: ClaimSpreadResolvers = {
  byDay: (spread, { first }) => {
    const days = first ?? 31;
    if (!Number.isInteger(days) || days < 0 || days > MAX_SPREAD_DAYS) {
      throw new BadUserInputError(
        `byDay(first:) takes 0 to ${MAX_SPREAD_DAYS} days; got ${days}`,
        'first',
        days,
      );
    }
    return spread.byDay.slice(0, days);
  },
};

export const StatementConnection: StatementConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};

export const ActorConnection: ActorConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};

export const Claim: ClaimResolvers = {
  statements: (claim, args, context, info) => ownedStatements(context, 'claim', claim.id, args, info),
  reviews: (claim, _, { loaders }) => loaders.claimReviews.load(claim.id),
  firstAppearance: async (claim, _, context) => {
    const { edges } = await ownedList(context, CLAIM_APPEARANCES, claim.id, { first: 1 });
    return edges[0]?.node ?? null;
  },
  appearances: (claim, args, context) => ownedList(context, CLAIM_APPEARANCES, claim.id, args),
  relations: (claim, args, context) => ownedList(context, CLAIM_RELATIONS, claim.id, args),
  topics: (claim, args, context) => ownedList(context, CLAIM_TOPICS, claim.id, args),
  spread: async (claim, _, { loaders }) =>
    (await loaders.claimSpread.load(claim.id)) ?? { claimId: claim.id, sources: 0, outlets: 0, byDay: [] },
};

export const ClaimLink: ClaimLinkResolvers = {
  claim: (row, _, { loaders }) => required(loaders.claim, 'Claim', row.claimId),
};

export const ClaimConflict: ClaimConflictResolvers = {
  claim: (row, _, { loaders }) => required(loaders.claim, 'Claim', row.claimId),
  other: (row, _, { loaders }) => required(loaders.claim, 'Claim', row.otherId),
};

export const Topic: TopicResolvers = {
  aliases: (topic) => topic.aliases.slice(0, MAX_ALIASES),
  aliasCount: (topic) => topic.aliases.length,
  claims: (topic, args, context) => ownedList(context, TOPIC_CLAIMS, topic.id, args),
};

export const Stance: StanceResolvers = {
  actor: (stance, _, { loaders }) => required(loaders.actor, 'Actor', stance.actorId),
  about: (stance) => stance.about ?? '',
  topic: (stance, _, { loaders }) => (stance.topicId ? loaders.topic.load(stance.topicId) : null),
  target: (stance, _, { loaders }) =>
    stance.targetActorId ? loaders.actor.load(stance.targetActorId) : null,
  evidence: (stance, args, context, info) => ownedStatements(context, 'stance', stance.id, args, info),
};

export const ProvenanceStep: ProvenanceStepResolvers = {
  actor: (step, _, { loaders }) => (step.actorId ? loaders.actor.load(step.actorId) : null),
  source: (step, _, { loaders }) => (step.sourceId ? loaders.source.load(step.sourceId) : null),
};

export const MergeActorsResult: MergeActorsResultResolvers = {
  actor: (row, _, { loaders }) => required(loaders.actor, 'Actor', row.actorId),
};

export const SearchHit: SearchHitResolvers = {
  statement: (hit, _, { loaders }) => (hit.statementId ? loaders.statement.load(hit.statementId) : null),
  claim: (hit, _, { loaders }) => (hit.claimId ? loaders.claim.load(hit.claimId) : null),
  actor: (hit, _, { loaders }) => (hit.actorId ? loaders.actor.load(hit.actorId) : null),
  source: (hit, _, { loaders }) => (hit.sourceId ? loaders.source.load(hit.sourceId) : null),
};

export const ClaimReview: ClaimReviewResolvers = {
  author: (review, _, { loaders }) => required(loaders.actor, 'Actor', review.authorId),
  claim: (review, _, { loaders }) => required(loaders.claim, 'Claim', review.claimId),
  matchMethod: (review) => review.matchMethod.toUpperCase() as ReviewMatchMethod,
};

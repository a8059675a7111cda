// Field resolvers for the object types: each reads its parent's ids and goes through a loader.

import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context';
import type {
  ActorConnectionResolvers,
  ActorResolvers,
  AffiliationResolvers,
  ClaimConflictResolvers,
  ClaimLinkResolvers,
  ClaimResolvers,
  MergeActorsResultResolvers,
  ProvenanceStepResolvers,
  SearchHitResolvers,
  SourceDerivationResolvers,
  SourceResolvers,
  StanceResolvers,
  StatementConnectionResolvers,
  StatementResolvers,
  TopicResolvers,
} from '../generated/graphql';
import { type PageArgs, pageRequest, toConnection } from '../repo/pagination';
import type { StatementOwnerKind } from '../repo/statement-query';
import { decodeStatementKey, statementCursor } from '../repo/statements';
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

export const Actor: ActorResolvers = {
  aliases: (actor) => actor.aliases,
  affiliations: (actor, _, { loaders }) => loaders.affiliations.load(actor.id),
  members: (actor, _, { loaders }) => loaders.members.load(actor.id),
  statements: (actor, args, context, info) => ownedStatements(context, 'actor', actor.id, args, info),
  stances: (actor, { asOf }, { loaders }) => loaders.stancesOf(asOf ?? null).load(actor.id),
};

export const Affiliation: AffiliationResolvers = {
  member: (row, _, { loaders }) => required(loaders.actor, 'Actor', row.memberId),
  organization: (row, _, { loaders }) => required(loaders.actor, 'Actor', row.organizationId),
};

export const Source: SourceResolvers = {
  outlet: (source, _, { loaders }) => (source.outletId ? loaders.actor.load(source.outletId) : null),
  statements: (source, args, context, info) => ownedStatements(context, 'source', source.id, args, info),
  derivedFrom: (source) => source.derivedFrom,
  derivatives: (source, _, { loaders }) => loaders.derivatives.load(source.id),
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
  via: async (statement, _, { loaders }) => present(await loaders.source.loadMany(statement.viaIds)),
  trace: async (statement, _, { loaders }) => (await loaders.trace.load(statement.id))?.steps ?? [],
  speakerResolution: (statement) =>
    statement.speakerMethod
      ? { method: statement.speakerMethod, confidence: statement.speakerConfidence ?? statement.confidence }
      : null,
};

export const StatementConnection: StatementConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};

export const ActorConnection: ActorConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};

export const Claim: ClaimResolvers = {
  statements: (claim, args, context, info) => ownedStatements(context, 'claim', claim.id, args, info),
  firstAppearance: async (claim, _, { loaders }) => {
    const [first] = await loaders.appearances.load(claim.id);
    return first ? loaders.source.load(first) : null;
  },
  appearances: async (claim, _, { loaders }) =>
    present(await loaders.source.loadMany(await loaders.appearances.load(claim.id))),
  relations: (claim, _, { loaders }) => loaders.claimLinks.load(claim.id),
  topics: async (claim, _, { loaders }) => present(await loaders.topic.loadMany(claim.topicIds)),
};

export const ClaimLink: ClaimLinkResolvers = {
  claim: (row, _, { loaders }) => required(loaders.claim, 'Claim', row.claimId),
};

export const ClaimConflict: ClaimConflictResolvers = {
  claim: (row, _, { loaders }) => required(loaders.claim, 'Claim', row.claimId),
  other: (row, _, { loaders }) => required(loaders.claim, 'Claim', row.otherId),
};

export const Topic: TopicResolvers = {
  claims: async (topic, _, { loaders }) => {
    const rows = await loaders.claimIdsOfTopic.load(topic.id);
    return present(await loaders.claim.loadMany(rows.map((row) => row.claimId)));
  },
};

export const Stance: StanceResolvers = {
  actor: (stance, _, { loaders }) => required(loaders.actor, 'Actor', stance.actorId),
  about: (stance) => stance.about ?? '',
  topic: (stance, _, { loaders }) => (stance.topicId ? loaders.topic.load(stance.topicId) : null),
  target: (stance, _, { loaders }) =>
    stance.targetActorId ? loaders.actor.load(stance.targetActorId) : null,
  evidence: async (stance, _, { loaders }) => present(await loaders.statement.loadMany(stance.evidenceIds)),
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
};

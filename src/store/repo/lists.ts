// The lists that grow with the data, each a keyset list (keyset-list.ts): what it matches,
// the order its keys give, and the row it returns. The order is part of the API contract and
// is written in each field's SDL description.

import type { AuditEntry } from '../../domain/audit';
import type { ClaimRelation, DerivationKind } from '../../domain/model';
import { toIsoDate } from '../neo4j/values';
import type { AffiliationRow } from './actors';
import type { ClaimConflictRow, ClaimLinkRow } from './claims';
import { fragment } from './cypher';
import type { KeysetList } from './keyset-list';
import { toClaim, toSource, toStance, toTopic } from './mappers';
import type { DerivationRow } from './sources';

type Row = Record<string, unknown>;

/** The by-id loaders a list's whole objects can prime. */
export type ListEntity = 'claim' | 'source' | 'topic';

/** A keyset list and how its rows become objects; `entity` says which loader to prime. */
export interface ListDefinition<T> extends KeysetList {
  map(row: Row): T;
  entity?: ListEntity;
}

// A stance as it stood on $asOf: begun by then (or undated) and not yet ended.
const STANCE_AS_OF =
  '($asOf IS NULL OR ((st.since IS NULL OR st.since <= $asOf) AND (st.until IS NULL OR st.until > $asOf)))';

function affiliation(row: Row): AffiliationRow {
  const since = toIsoDate(row.since);
  const until = toIsoDate(row.until);
  return {
    memberId: String(row.memberId),
    organizationId: String(row.organizationId),
    title: String(row.title ?? ''),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
  };
}

/** An actor's affiliations, read from the member (`out`) or from the organisation (`in`). */
function affiliations(kind: string, name: string, read: 'out' | 'in'): ListDefinition<AffiliationRow> {
  return {
    kind,
    name,
    match:
      read === 'out'
        ? 'MATCH (member:Actor {id: ownerId})-[r:AFFILIATED_WITH]->(org:Actor)'
        : 'MATCH (org:Actor {id: ownerId})<-[r:AFFILIATED_WITH]-(member:Actor)',
    keys: [read === 'out' ? 'org.id' : 'member.id', 'elementId(r)'],
    row: '{memberId: member.id, organizationId: org.id, title: r.title, since: r.since, until: r.until}',
    map: affiliation,
  };
}

export const ACTOR_AFFILIATIONS = affiliations('affiliation', 'actors.affiliations', 'out');
export const ACTOR_MEMBERS = affiliations('member', 'actors.members', 'in');

export const ACTOR_STANCES: ListDefinition<ReturnType<typeof toStance>> = {
  kind: 'actor-stance',
  name: 'stances.of-actors',
  match: `MATCH (holder:Actor {id: ownerId})-[:HOLDS]->(st:Stance)-[:TOWARD]->(about)\nWHERE ${STANCE_AS_OF}`,
  keys: ["coalesce(toString(st.since), '')", 'st.id'],
  row: fragment('stance-fields'),
  map: toStance,
};

// Stances of the holders $actorIds (null: anyone) as they stood on $asOf.
const HELD_STANCES = [
  'MATCH (holder:Actor)-[:HOLDS]->(st:Stance)-[:TOWARD]->(about)',
  `WHERE ($actorIds IS NULL OR holder.id IN $actorIds) AND ${STANCE_AS_OF}`,
];

/** Every stance, by holder name, then since. */
export const STANCES: ListDefinition<ReturnType<typeof toStance>> = {
  kind: 'stance',
  name: 'stances.page',
  match: HELD_STANCES.join('\n'),
  keys: ["coalesce(holder.nameKey, '')", "coalesce(toString(st.since), '')", 'st.id'],
  row: fragment('stance-fields'),
  map: toStance,
};

/**
 * STANCES toward known targets: anchored on the targets' id constraints, so it reads only
 * the stances toward them instead of every stance in the graph. Same order, same cursors.
 */
export const STANCES_ABOUT: ListDefinition<ReturnType<typeof toStance>> = {
  ...STANCES,
  name: 'stances.page-about',
  match: [
    'CALL () {',
    '  MATCH (about:Topic) WHERE about.id IN $aboutIds',
    '  RETURN about',
    '  UNION',
    '  MATCH (about:Actor) WHERE about.id IN $aboutIds',
    '  RETURN about',
    '}',
    ...HELD_STANCES,
  ].join('\n'),
};

export const TOPICS: ListDefinition<ReturnType<typeof toTopic>> = {
  kind: 'topic',
  name: 'topics.page',
  match: 'MATCH (t:Topic)',
  keys: ['toLower(t.name)', 't.id'],
  row: fragment('topic-fields'),
  map: toTopic,
  entity: 'topic',
};

export const TOPIC_CLAIMS: ListDefinition<ReturnType<typeof toClaim>> = {
  kind: 'topic-claim',
  name: 'claims.of-topics',
  match: 'MATCH (:Topic {id: ownerId})<-[:ABOUT]-(c:Claim)',
  keys: ['c.id'],
  row: fragment('claim-fields'),
  map: toClaim,
  entity: 'claim',
};

export const CLAIM_TOPICS: ListDefinition<ReturnType<typeof toTopic>> = {
  kind: 'claim-topic',
  name: 'topics.of-claims',
  match: 'MATCH (:Claim {id: ownerId})-[:ABOUT]->(t:Topic)',
  keys: ['toLower(t.name)', 't.id'],
  row: fragment('topic-fields'),
  map: toTopic,
  entity: 'topic',
};

/** Sources carrying a statement of the claim, as intermediary or publication; undated last. */
export const CLAIM_APPEARANCES: ListDefinition<ReturnType<typeof toSource>> = {
  kind: 'appearance',
  name: 'claims.appearances',
  match: [
    'MATCH (:Claim {id: ownerId})<-[:EXPRESSES]-(:Statement)-[:VIA|REPORTED_IN]->(src:Source)',
    'WITH DISTINCT src',
  ].join('\n'),
  // '~' sorts after every digit: an undated source comes after every dated one.
  keys: ["coalesce(toString(src.publishedAt), '~')", 'src.id'],
  row: fragment('source-fields'),
  map: toSource,
  entity: 'source',
};

export const CLAIM_RELATIONS: ListDefinition<ClaimLinkRow> = {
  kind: 'claim-link',
  name: 'claims.links',
  match: [
    'MATCH (c:Claim {id: ownerId})',
    'CALL (c) {',
    '  MATCH (c)-[r:CONTRADICTS|DENIES|SUPPORTS]->(other:Claim)',
    "  RETURN type(r) AS relation, 'OUTGOING' AS direction, other.id AS otherId",
    '  UNION',
    '  MATCH (c)<-[r:CONTRADICTS|DENIES|SUPPORTS]-(other:Claim)',
    "  RETURN type(r) AS relation, 'INCOMING' AS direction, other.id AS otherId",
    '}',
  ].join('\n'),
  keys: ['relation', 'direction', 'otherId'],
  row: '{relation: relation, direction: direction, claimId: otherId}',
  map: (row) => ({
    relation: row.relation as ClaimRelation,
    direction: row.direction as ClaimLinkRow['direction'],
    claimId: String(row.claimId),
  }),
};

/**
 * Claims that contradict or deny others. With $actorIds, one side must be expressed by one of
 * those actors; with $topicIds, one side must be about one of those topics.
 */
export const CONTRADICTIONS: ListDefinition<ClaimConflictRow> = {
  kind: 'conflict',
  name: 'claims.contradictions',
  match: [
    'MATCH (c:Claim)-[r:CONTRADICTS|DENIES]->(other:Claim)',
    'WHERE ($actorIds IS NULL',
    '       OR EXISTS { (c)<-[:EXPRESSES]-(:Statement)-[:SAID_BY]->(a:Actor) WHERE a.id IN $actorIds }',
    '       OR EXISTS { (other)<-[:EXPRESSES]-(:Statement)-[:SAID_BY]->(a:Actor) WHERE a.id IN $actorIds })',
    '  AND ($topicIds IS NULL',
    '       OR EXISTS { (c)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds }',
    '       OR EXISTS { (other)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })',
  ].join('\n'),
  keys: ['type(r)', 'c.id', 'other.id', 'elementId(r)'],
  row: '{claimId: c.id, otherId: other.id, relation: type(r)}',
  map: (row) => ({
    claimId: String(row.claimId),
    otherId: String(row.otherId),
    relation: row.relation as ClaimRelation,
  }),
};

function derivation(row: Row): DerivationRow {
  return { sourceId: String(row.sourceId), relation: row.relation as DerivationKind };
}

/** A source's derivations, read from the derived source (`out`) or from its origin (`in`). */
function derivations(kind: string, name: string, read: 'out' | 'in'): ListDefinition<DerivationRow> {
  return {
    kind,
    name,
    match: `MATCH (:Source {id: ownerId})${read === 'out' ? '-[d:DERIVED_FROM]->' : '<-[d:DERIVED_FROM]-'}(other:Source)`,
    keys: ['other.id', 'elementId(d)'],
    row: '{sourceId: other.id, relation: d.relation}',
    map: derivation,
  };
}

export const SOURCE_DERIVED_FROM = derivations('derived-from', 'sources.derived-from', 'out');
export const SOURCE_DERIVATIVES = derivations('derivative', 'sources.derivatives', 'in');

// Sources as Query.sources filters them: published in [$from, $to], of $kind (null: any),
// by one of $outletIds (null: any outlet; a list anchored on the outlets needs no test).
const SOURCE_DATE_AND_KIND = [
  'WHERE ($from IS NULL OR src.publishedAt >= $from) AND ($to IS NULL OR src.publishedAt <= $to)',
  '  AND ($kind IS NULL OR src.kind = $kind)',
];
const SOURCE_FILTERS = [
  ...SOURCE_DATE_AND_KIND,
  '  AND ($outletIds IS NULL OR EXISTS { (src)-[:PUBLISHED_BY]->(o:Actor) WHERE o.id IN $outletIds })',
].join('\n');

/** Every source, newest published first, undated last, then by id. */
export const SOURCES: ListDefinition<ReturnType<typeof toSource>> = {
  kind: 'source',
  name: 'sources.page',
  match: ['MATCH (src:Source)', SOURCE_FILTERS].join('\n'),
  // '' sorts before every date: newest first puts an undated source last.
  keys: ["coalesce(toString(src.publishedAt), '')", 'src.id'],
  descending: true,
  row: fragment('source-fields'),
  map: toSource,
  entity: 'source',
};

/** SOURCES whose titles have every word of $titleTerms: anchored on the title index. */
export const SOURCES_TITLED: ListDefinition<ReturnType<typeof toSource>> = {
  ...SOURCES,
  name: 'sources.page-titled',
  match: [
    "CALL db.index.fulltext.queryNodes('source_titles', $titleTerms) YIELD node AS src",
    SOURCE_FILTERS,
  ].join('\n'),
};

/** SOURCES of known outlets: anchored on the outlets, so it reads only their sources. */
export const SOURCES_OF_OUTLETS: ListDefinition<ReturnType<typeof toSource>> = {
  ...SOURCES,
  name: 'sources.page-of-outlets',
  // Not `outlet`: the source-fields fragment binds that name in a subquery of its own.
  match: [
    'MATCH (publisher:Actor) WHERE publisher.id IN $outletIds',
    'MATCH (src:Source)-[:PUBLISHED_BY]->(publisher)',
    ...SOURCE_DATE_AND_KIND,
  ].join('\n'),
};

const AUDIT_FILTERS = [
  'WHERE ($by IS NULL OR e.by = $by) AND ($operation IS NULL OR e.operation = $operation)',
].join('\n');

/** The audit trail, newest first. */
export const AUDIT_ENTRIES: ListDefinition<AuditEntry> = {
  kind: 'audit',
  name: 'audit.page',
  match: ['MATCH (e:AuditEntry)', AUDIT_FILTERS].join('\n'),
  keys: ['e.at', 'e.id'],
  descending: true,
  row: 'e {.id, .at, .by, .operation, .targetKind, .targetId, .before, .after}',
  map: (row) => ({
    id: String(row.id),
    at: String(row.at),
    by: String(row.by),
    operation: row.operation as AuditEntry['operation'],
    targetKind: row.targetKind as AuditEntry['targetKind'],
    targetId: String(row.targetId),
    ...(typeof row.before === 'string' ? { before: row.before } : {}),
    ...(typeof row.after === 'string' ? { after: row.after } : {}),
  }),
};

/** AUDIT_ENTRIES of one target: anchored on the target index. */
export const AUDIT_ENTRIES_OF_TARGET: ListDefinition<AuditEntry> = {
  ...AUDIT_ENTRIES,
  name: 'audit.page-of-target',
  match: ['MATCH (e:AuditEntry {targetId: $targetId})', AUDIT_FILTERS].join('\n'),
};

// Statement lists are composed from fixed Cypher parts chosen by which filters are present,
// so each combination gets a query the planner can index (an anchor pattern) instead of one
// query full of `$x IS NULL OR …`. User values only ever travel as parameters.

import { int, neo4jDate } from '../neo4j/values';
import { fragment } from './cypher';
import type { PageRequest } from './page-request';

export interface StatementKey {
  at: string;
  id: string;
}

/** A filter whose names have been resolved to ids. */
export interface ResolvedStatementFilter {
  speakerIds?: string[];
  topicIds?: string[];
  sourceId?: string;
  from?: string;
  to?: string;
  direct?: boolean;
  /** a full-text query, already escaped for Lucene */
  text?: string;
}

export type StatementOwnerKind = 'actor' | 'source' | 'claim' | 'stance';

/**
 * Related objects a statement list brings along in the same round trip, for the loaders to
 * be primed with: the selection asks for them (src/api/resolvers/selection.ts).
 */
export interface StatementIncludes {
  speaker?: boolean;
  source?: boolean;
  /** the publication's outlet */
  outlet?: boolean;
}

function related(includes: StatementIncludes, column: (projection: string) => string): string {
  const projection = relatedProjection(includes);
  return projection ? column(projection) : '';
}

/** A map of the included objects of `s`, or undefined when nothing is included. */
function relatedProjection(includes: StatementIncludes): string | undefined {
  const parts: string[] = [];
  if (includes.speaker) {
    parts.push(
      `speaker: COLLECT { MATCH (s)-[:SAID_BY]->(a:Actor) RETURN ${fragment('actor-fields')} AS speaker }[0]`,
    );
  }
  if (includes.source) {
    parts.push(
      `source: COLLECT { MATCH (s)-[:REPORTED_IN]->(src:Source) RETURN ${fragment('source-fields')} AS source }[0]`,
    );
  }
  if (includes.outlet) {
    parts.push(
      `outlet: COLLECT { MATCH (s)-[:REPORTED_IN]->(:Source)-[:PUBLISHED_BY]->(a:Actor) RETURN ${fragment('actor-fields')} AS outlet }[0]`,
    );
  }
  return parts.length > 0 ? `{${parts.join(', ')}}` : undefined;
}

export interface BuiltQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * How each kind of owner reaches its statements: the relationship, and its direction read
 * from the owner (a statement is SAID_BY its actor; a stance is EVIDENCED_BY its statements).
 */
const OWNERS: Record<StatementOwnerKind, { label: string; fromOwner: string; fromStatement: string }> = {
  actor: { label: 'Actor', fromOwner: '<-[:SAID_BY]-', fromStatement: '-[:SAID_BY]->' },
  source: { label: 'Source', fromOwner: '<-[:REPORTED_IN]-', fromStatement: '-[:REPORTED_IN]->' },
  claim: { label: 'Claim', fromOwner: '<-[:EXPRESSES]-', fromStatement: '-[:EXPRESSES]->' },
  stance: { label: 'Stance', fromOwner: '-[:EVIDENCED_BY]->', fromStatement: '<-[:EVIDENCED_BY]-' },
};

/**
 * Index entries a dense owner's walk reads at most (about 140k db hits, the cost of expanding
 * an owner of 20k statements) before the owner falls back to the expansion.
 */
export const DENSE_WALK_BUDGET = 20_000;

// Newest first; the id breaks ties so the order is total and cursors are exact.
function order(page: PageRequest<StatementKey>): string {
  return page.direction === 'forward' ? 's.at DESC, s.id DESC' : 's.at ASC, s.id ASC';
}

function cursorCondition(
  page: PageRequest<StatementKey>,
  params: Record<string, unknown>,
): string | undefined {
  if (!page.from) return undefined;
  params.cursorAt = neo4jDate(page.from.at);
  params.cursorId = page.from.id;
  // The same rows as "at < c OR (at = c AND id < i)", written so that the planner seeks the
  // statement_at index from the cursor in order and stops at the page's end: the OR alone is
  // planned as two seeks whose union is sorted whole, every remaining row on every page.
  return page.direction === 'forward'
    ? 's.at <= $cursorAt AND (s.at < $cursorAt OR s.id < $cursorId)'
    : 's.at >= $cursorAt AND (s.at > $cursorAt OR s.id > $cursorId)';
}

function filterParts(
  filter: ResolvedStatementFilter,
  params: Record<string, unknown>,
  options: { topicAnchor?: boolean } = {},
) {
  const conditions: string[] = [];
  let anchor = 'MATCH (s:Statement)';
  if (filter.text !== undefined) {
    params.text = filter.text;
    anchor = "CALL db.index.fulltext.queryNodes('statement_text', $text) YIELD node AS s";
  }
  if (filter.speakerIds !== undefined) {
    params.speakerIds = filter.speakerIds;
    if (anchor === 'MATCH (s:Statement)') {
      anchor = 'MATCH (speaker:Actor)<-[:SAID_BY]-(s:Statement) WHERE speaker.id IN $speakerIds';
    } else {
      conditions.push('EXISTS { (s)-[:SAID_BY]->(speaker:Actor) WHERE speaker.id IN $speakerIds }');
    }
  }
  if (filter.sourceId !== undefined) {
    params.sourceId = filter.sourceId;
    if (anchor === 'MATCH (s:Statement)') {
      anchor = 'MATCH (:Source {id: $sourceId})<-[:REPORTED_IN]-(s:Statement)';
    } else {
      conditions.push('EXISTS { (s)-[:REPORTED_IN]->(:Source {id: $sourceId}) }');
    }
  }
  if (filter.topicIds !== undefined) {
    params.topicIds = filter.topicIds;
    if (options.topicAnchor && anchor === 'MATCH (s:Statement)') {
      // Reaches the topic's statements without touching the rest; the caller deduplicates s.
      anchor =
        'MATCH (topic:Topic)<-[:ABOUT]-(:Claim)<-[:EXPRESSES]-(s:Statement) WHERE topic.id IN $topicIds';
    } else {
      conditions.push(
        'EXISTS { (s)-[:EXPRESSES]->(:Claim)-[:ABOUT]->(topic:Topic) WHERE topic.id IN $topicIds }',
      );
    }
  }
  if (filter.from !== undefined) {
    params.from = neo4jDate(filter.from);
    conditions.push('s.at >= $from');
  }
  if (filter.to !== undefined) {
    params.to = neo4jDate(filter.to);
    conditions.push('s.at <= $to');
  }
  if (filter.direct !== undefined) {
    params.direct = filter.direct;
    conditions.push('s.direct = $direct');
  }
  return { anchor, conditions };
}

function joinWhere(anchor: string, conditions: string[]): string {
  if (conditions.length === 0) return anchor;
  // An anchor that already has a WHERE takes the rest with AND.
  const glue = anchor.includes(' WHERE ') ? '\n  AND ' : '\nWHERE ';
  return `${anchor}${glue}${conditions.join('\n  AND ')}`;
}

/**
 * MATCH … WHERE … binding `s` to the statements the filter selects. With `topicAnchor`, a topic
 * filter without another anchor becomes the anchor, and `s` may repeat (a claim about two of
 * the topics): for callers that read every match and take DISTINCT s (aggregates), where
 * walking out from the topic reads far less than testing every statement in the date range.
 */
export function statementMatch(
  filter: ResolvedStatementFilter,
  params: Record<string, unknown>,
  options: { topicAnchor?: boolean } = {},
): string {
  const { anchor, conditions } = filterParts(filter, params, options);
  return joinWhere(anchor, conditions);
}

/** The filter's statements after the page's key, in page order, one page (+1): then `returns`. */
function pageQuery(
  filter: ResolvedStatementFilter,
  page: PageRequest<StatementKey>,
  returns: string,
): BuiltQuery {
  const params: Record<string, unknown> = {};
  const { anchor, conditions } = filterParts(filter, params);
  const cursor = cursorCondition(page, params);
  if (cursor) conditions.push(cursor);
  params.limit = int(page.size + 1);
  const cypher = [joinWhere(anchor, conditions), `WITH s ORDER BY ${order(page)} LIMIT $limit`, returns].join(
    '\n',
  );
  return { cypher, params };
}

export function buildStatementPageQuery(
  filter: ResolvedStatementFilter,
  page: PageRequest<StatementKey>,
  includes: StatementIncludes = {},
): BuiltQuery {
  return pageQuery(
    filter,
    page,
    `RETURN ${fragment('statement-fields')} AS statement${related(includes, (r) => `, ${r} AS related`)}`,
  );
}

/**
 * A page of export rows: a statement with everything it names (statement-export-row.cypher),
 * or what a table needs of it (statement-table-row.cypher).
 */
export function buildStatementExportQuery(
  filter: ResolvedStatementFilter,
  page: PageRequest<StatementKey>,
  shape: 'full' | 'table' = 'full',
): BuiltQuery {
  const row = fragment(shape === 'full' ? 'statement-export-row' : 'statement-table-row');
  return pageQuery(filter, page, `RETURN ${row} AS row`);
}

export function buildStatementCountQuery(filter: ResolvedStatementFilter): BuiltQuery {
  const params: Record<string, unknown> = {};
  const { anchor, conditions } = filterParts(filter, params);
  return { cypher: `${joinWhere(anchor, conditions)}\nRETURN count(s) AS total`, params };
}

/**
 * One page of statements for each of many owners (actors, sources or claims) in one round trip.
 *
 * Neo4j keeps no per-node order over relationships, so "the latest 50 of an owner" expands all
 * of the owner's statements and sorts them: half a million db hits for the busiest synthetic
 * speaker (88k statements). A dense owner instead walks the statement_at index newest first
 * and keeps its own statements, which finds a page after about limit × total / degree entries.
 * An owner is dense when degree² > limit × total, where that walk is the cheaper one if its
 * statements are spread over time like everyone's. They may not be (a speaker who fell
 * silent years ago), so the walk gives up after DENSE_WALK_BUDGET entries and the owner
 * falls back to the expansion. Degrees and the total come from Neo4j's count stores.
 */
export function buildOwnedStatementsQuery(
  kind: StatementOwnerKind,
  ownerIds: readonly string[],
  page: PageRequest<StatementKey>,
  includes: StatementIncludes = {},
  walkBudget = DENSE_WALK_BUDGET,
): BuiltQuery {
  const params: Record<string, unknown> = {
    ownerIds: [...ownerIds],
    limit: int(page.size + 1),
    walkBudget: int(walkBudget),
  };
  const cursor = cursorCondition(page, params);
  const { label, fromOwner, fromStatement } = OWNERS[kind];
  const forward = page.direction === 'forward';
  // The walk seeks the index from the cursor's date, or from its end. A sparse owner gets a
  // null bound, which seeks nothing: a filter on `degree` would be applied after the seek.
  const bound = page.from ? '$cursorAt' : `date('${forward ? '+999999999-12-31' : '-999999999-01-01'}')`;
  const cypher = [
    'UNWIND $ownerIds AS ownerId',
    'CALL (ownerId) {',
    `  MATCH (owner:${label} {id: ownerId})`,
    `  WITH owner, COUNT { (owner)${fromOwner}() } AS degree, COUNT { MATCH (:Statement) } AS total`,
    `  WITH owner, CASE WHEN degree * degree > $limit * total THEN ${bound} END AS walkFrom`,
    '  CALL (owner, walkFrom) {',
    `    MATCH (s:Statement) WHERE s.at ${forward ? '<=' : '>='} walkFrom`,
    `    WITH owner, s ORDER BY ${order(page)}`,
    '    LIMIT $walkBudget',
    `    WHERE EXISTS { (s)${fromStatement}(owner) }${cursor ? ` AND ${cursor}` : ''}`,
    '    WITH s LIMIT $limit',
    '    RETURN collect(s) AS walked',
    '  }',
    '  CALL (owner, walked) {',
    '    WITH owner WHERE size(walked) < $limit',
    `    MATCH (owner)${fromOwner}(s:Statement)`,
    ...(cursor ? [`    WHERE ${cursor}`] : []),
    `    WITH s ORDER BY ${order(page)} LIMIT $limit`,
    '    RETURN collect(s) AS expanded',
    '  }',
    '  UNWIND CASE WHEN size(walked) = $limit THEN walked ELSE expanded END AS s',
    `  WITH s ORDER BY ${order(page)}`,
    `  RETURN collect(${fragment('statement-fields')}) AS statements${related(includes, (r) => `, collect(${r}) AS related`)}`,
    '}',
    `RETURN ownerId, statements${related(includes, () => ', related')}`,
  ].join('\n');
  return { cypher, params };
}

export function buildOwnedStatementCountQuery(
  kind: StatementOwnerKind,
  ownerIds: readonly string[],
): BuiltQuery {
  return {
    cypher: [
      'UNWIND $ownerIds AS ownerId',
      'CALL (ownerId) {',
      `  MATCH (:${OWNERS[kind].label} {id: ownerId})${OWNERS[kind].fromOwner}(s:Statement)`,
      '  RETURN count(s) AS total',
      '}',
      'RETURN ownerId, total',
    ].join('\n'),
    params: { ownerIds: [...ownerIds] },
  };
}

// The five canonical operations, each written three ways over the same graph: claimgraph's
// GraphQL API, the Neo4j GraphQL Library's generated API (typeDefs in neo4j-graphql/), and
// the hand-written Cypher floor. Parameters come from the deterministic corpus, so every way
// and every run asks for the same things in the same order.

import { corpusSpec } from '../src/synthetic/corpus-spec';
import { actorId, Corpus, claimId, sourceId, statementId } from '../src/synthetic/entities';
import { mulberry32 } from '../src/synthetic/prng';
import { WORDS } from '../src/synthetic/vocabulary';

export type Way = 'claimgraph' | 'neo4j-graphql' | 'cypher';
export const WAYS: readonly Way[] = ['claimgraph', 'neo4j-graphql', 'cypher'];

export type OperationName = 'trace' | 'actor-latest' | 'topic-range' | 'dashboard' | 'search';

export type Params = Record<string, string>;

/** An operation measured through claimgraph alone (the bench gate's paged fields). */
export interface GateOperation {
  name: string;
  title: string;
  claimgraph: string;
  params(n: number): Params;
}

export interface Operation extends GateOperation {
  name: OperationName;
  peer: string;
  /**
   * The floor: the best Cypher we know for the operation (our own query shapes where they
   * win), one or more read queries run concurrently, their records returned as JSON.
   */
  cypher: readonly string[];
  /** the n-th parameter set, deterministic */
  params(n: number): Params;
}

const DAY_MS = 86_400_000;

function dateRange(random: () => number): { from: string; to: string } {
  const start = Date.UTC(2015, 0, 1) + Math.floor(random() * 3500) * DAY_MS;
  return {
    from: new Date(start).toISOString().slice(0, 10),
    to: new Date(start + 90 * DAY_MS).toISOString().slice(0, 10),
  };
}

export function operations(statements: number, seed = 42): Operation[] {
  const corpus = new Corpus(corpusSpec({ statements, seed }));
  const stream = (name: string, n: number) => mulberry32(seed * 7919 + n * 31 + name.length * 1_000_003);
  // Mid-ranked topics: neither the one that carries a tenth of everything nor a near-empty one.
  const topicName = (random: () => number) =>
    corpus.topic(2 + Math.floor(random() * Math.min(28, corpus.spec.topics - 2))).name;

  return [
    {
      name: 'trace',
      title: 'trace of a statement',
      params: (n) => ({ id: statementId(Math.floor(stream('trace', n)() * statements)) }),
      claimgraph: `query ($id: ID!) {
  trace(statementId: $id) { position role relation actor { id name } source { id kind title publishedAt } }
}`,
      peer: `query ($id: ID!) {
  statements(where: { id: { eq: $id } }) {
    id cue
    speaker { id name }
    viaConnection(sort: [{ edge: { hop: ASC } }]) {
      edges { properties { hop } node { id kind title publishedAt outlet { id name } } }
    }
    source { id kind title publishedAt outlet { id name } }
  }
}`,
      cypher: [
        `MATCH (s:Statement {id: $id})-[:SAID_BY]->(speaker:Actor)
MATCH (s)-[:REPORTED_IN]->(pub:Source)
RETURN s.cue AS cue, speaker {.id, .name} AS speaker,
  COLLECT {
    MATCH (s)-[v:VIA]->(i:Source)
    RETURN i {.id, .kind, .title, .publishedAt,
              outlet: COLLECT { MATCH (i)-[:PUBLISHED_BY]->(o:Actor) RETURN o {.id, .name} }[0]}
    ORDER BY v.hop
  } AS intermediaries,
  pub {.id, .kind, .title, .publishedAt,
       outlet: COLLECT { MATCH (pub)-[:PUBLISHED_BY]->(o:Actor) RETURN o {.id, .name} }[0]} AS publication,
  COLLECT { MATCH (pub)-[d:DERIVED_FROM]->(:Source)<-[:VIA]-(s) RETURN d.relation }[0] AS relation`,
      ],
    },
    {
      name: 'actor-latest',
      title: "an actor's latest 50 statements with source and outlet",
      // Speakers drawn like statements are: the busy ones come up most, as they would.
      params: (n) => ({ id: actorId(corpus.speakerOf(Math.floor(stream('actor', n)() * statements))) }),
      claimgraph: `query ($id: ID!) {
  actor(id: $id) {
    id name
    statements(first: 50) {
      edges { node { id text saidAt cue source { id title publishedAt outlet { id name } } } }
    }
  }
}`,
      peer: `query ($id: ID!) {
  actors(where: { id: { eq: $id } }) {
    id name
    statements(sort: [{ at: DESC }, { id: DESC }], limit: 50) {
      id text saidAt cue source { id title publishedAt outlet { id name } }
    }
  }
}`,
      // A dense speaker's latest statements walk the statement_at index (claimgraph's
      // buildOwnedStatementsQuery); a sparse one's are expanded and sorted.
      cypher: [
        `MATCH (a:Actor {id: $id})
WITH a, COUNT { (a)<-[:SAID_BY]-() } AS degree, COUNT { MATCH (:Statement) } AS total
WITH a, CASE WHEN degree * degree > 50 * total THEN date('+999999999-12-31') END AS walkFrom
CALL (a, walkFrom) {
  MATCH (s:Statement) WHERE s.at <= walkFrom
  WITH a, s ORDER BY s.at DESC, s.id DESC LIMIT 20000
  WHERE EXISTS { (s)-[:SAID_BY]->(a) }
  WITH s LIMIT 50
  RETURN collect(s) AS walked
}
CALL (a, walked) {
  WITH a WHERE size(walked) < 50
  MATCH (a)<-[:SAID_BY]-(s:Statement)
  WITH s ORDER BY s.at DESC, s.id DESC LIMIT 50
  RETURN collect(s) AS expanded
}
CALL (walked, expanded) {
  UNWIND CASE WHEN size(walked) = 50 THEN walked ELSE expanded END AS s
  WITH s ORDER BY s.at DESC, s.id DESC
  MATCH (s)-[:REPORTED_IN]->(src:Source)
  RETURN collect(s {.id, .text, .saidAt, .cue,
    source: src {.id, .title, .publishedAt,
                 outlet: COLLECT { MATCH (src)-[:PUBLISHED_BY]->(o:Actor) RETURN o {.id, .name} }[0]}}) AS statements
}
RETURN a {.id, .name, statements: statements} AS actor`,
      ],
    },
    {
      name: 'topic-range',
      title: 'statements by topic and date range, first page of 20',
      params: (n) => {
        const random = stream('topic-range', n);
        return { topic: topicName(random), ...dateRange(random) };
      },
      claimgraph: `query ($topic: String!, $from: Date!, $to: Date!) {
  statements(filter: { topic: $topic, from: $from, to: $to }, first: 20) {
    edges { cursor node { id text saidAt speaker { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
      peer: `query ($topic: String!, $from: Date!, $to: Date!) {
  statementsConnection(
    first: 20
    sort: [{ at: DESC }, { id: DESC }]
    where: { at: { gte: $from, lte: $to }, claim: { some: { topics: { some: { name: { eq: $topic } } } } } }
  ) {
    edges { cursor node { id text saidAt speaker { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
      cypher: [
        `MATCH (s:Statement)
WHERE s.at >= date($from) AND s.at <= date($to)
  AND EXISTS { (s)-[:EXPRESSES]->(:Claim)-[:ABOUT]->(:Topic {name: $topic}) }
WITH s ORDER BY s.at DESC, s.id DESC LIMIT 21
MATCH (s)-[:SAID_BY]->(a:Actor)
RETURN s {.id, .text, .saidAt, at: toString(s.at), speaker: a {.id, .name}} AS statement`,
      ],
    },
    {
      name: 'dashboard',
      title: 'dashboard: statements per month for a topic over a quarter, and the stances toward it',
      params: (n) => {
        // A quarter: a year of buckets reads ~1.7M db hits per request on 1M statements in
        // every way, and the bench would measure little but that one scan.
        const random = stream('dashboard', n);
        return { topic: topicName(random), ...dateRange(random) };
      },
      claimgraph: `query ($topic: String!, $from: Date!, $to: Date!) {
  months: aggregate(groupBy: MONTH, filter: { topic: $topic, from: $from, to: $to }, first: 1000) { buckets { key count } }
  stances(about: $topic, first: 100) { edges { node { id polarity since actor { id name } } } }
}`,
      peer: `query ($topic: String!, $from: Date!, $to: Date!) {
  months: statementMonths(topic: $topic, from: $from, to: $to) { key count }
  topics(where: { name: { eq: $topic } }) { stances { id polarity since holder { id name } } }
}`,
      // The topic from its name key (indexed; `name` is not), and the two root fields as two
      // queries at once, as claimgraph runs them. Stances: the same first 100 claimgraph pages.
      cypher: [
        `MATCH (:Topic {nameKey: toLower(trim($topic))})<-[:ABOUT]-(:Claim)<-[:EXPRESSES]-(s:Statement)
WHERE s.at >= date($from) AND s.at <= date($to)
WITH DISTINCT s
WITH substring(toString(s.at), 0, 7) AS key, count(*) AS count ORDER BY key
RETURN collect({key: key, count: count}) AS months`,
        `MATCH (:Topic {nameKey: toLower(trim($topic))})<-[:TOWARD]-(st:Stance)<-[:HOLDS]-(a:Actor)
WITH st, a ORDER BY coalesce(a.nameKey, ''), coalesce(toString(st.since), ''), st.id LIMIT 100
RETURN collect(st {.id, .polarity, .since, actor: a {.id, .name}}) AS stances`,
      ],
    },
    {
      name: 'search',
      title: 'full-text search over statements, claims and actors',
      params: (n) => {
        const random = stream('search', n);
        // Mid-frequency words: the Zipf head would match half the corpus.
        const word = () => WORDS[20 + Math.floor(random() * (WORDS.length - 20))] as string;
        return { q: `${word()} ${word()}` };
      },
      claimgraph: `query ($q: String!) {
  search(query: $q, first: 20) { score statement { id text } claim { id text } actor { id name } }
}`,
      peer: `query ($q: String!) {
  statementsByText(phrase: $q, first: 20) { edges { score node { id text } } }
  claimsByText(phrase: $q, first: 20) { edges { score node { id text } } }
  actorsByName(phrase: $q, first: 20) { edges { score node { id name } } }
}`,
      cypher: [
        `CALL () {
  CALL db.index.fulltext.queryNodes('statement_text', $q, {limit: 20}) YIELD node, score
  RETURN score, 'statement' AS kind, node.id AS id, {statement: node {.id, .text}} AS hit
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $q, {limit: 20}) YIELD node, score
  RETURN score, 'claim' AS kind, node.id AS id, {claim: node {.id, .text}} AS hit
  UNION ALL
  CALL db.index.fulltext.queryNodes('actor_names', $q, {limit: 20}) YIELD node, score
  RETURN score, 'actor' AS kind, node.id AS id, {actor: node {.id, .name}} AS hit
  UNION ALL
  CALL db.index.fulltext.queryNodes('source_titles', $q, {limit: 20}) YIELD node, score
  RETURN score, 'source' AS kind, node.id AS id, {} AS hit
}
RETURN score, id, hit ORDER BY score DESC, kind, id LIMIT 20`,
      ],
    },
  ];
}

export function graphqlBody(
  operation: Operation,
  way: 'claimgraph' | 'neo4j-graphql',
  params: Params,
): string {
  return JSON.stringify({
    query: way === 'claimgraph' ? operation.claimgraph : operation.peer,
    variables: params,
  });
}

/**
 * The paged neighbour fields (one page of a hot node's neighbours each), through claimgraph
 * only: the bench gate pins their round trips and PROFILE db hits. Not part of the three-way
 * benchmark, which compares the canonical operations above.
 */
export function pagedFieldOperations(statements: number, seed = 42): GateOperation[] {
  const corpus = new Corpus(corpusSpec({ statements, seed }));
  const holder = corpus.stance(0).actorId;
  let organization = holder;
  for (let i = 0; i < 500; i++) {
    const affiliation = corpus.actor(i).affiliations[0];
    if (affiliation) {
      organization = affiliation.actorId;
      break;
    }
  }
  const fixed = (params: Params) => () => params;
  return [
    {
      name: 'claim-neighbours',
      title: 'the busiest claim: first appearance, a page of appearances, relations, topics',
      params: fixed({ id: claimId(0) }),
      claimgraph: `query ($id: ID!) {
  claim(id: $id) {
    firstAppearance { id }
    appearances(first: 20) { edges { node { id title publishedAt } } }
    relations(first: 20) { edges { node { relation direction claim { id } } } }
    topics(first: 20) { edges { node { name } } }
  }
}`,
    },
    {
      name: 'claim-spread',
      title: 'the busiest claim: how many sources and outlets carried it, per day',
      params: fixed({ id: claimId(0) }),
      claimgraph: `query ($id: ID!) {
  claim(id: $id) { spread { sources outlets firstSeen lastSeen byDay(first: 31) { day sources outlets } } }
}`,
    },
    {
      name: 'topic-claims',
      title: 'the first topics with a page of their claims each',
      params: fixed({}),
      claimgraph:
        '{ topics(first: 5) { edges { node { name claims(first: 20) { edges { node { id text } } } } } } }',
    },
    {
      name: 'actor-neighbours',
      title: "a stance holder's stances with evidence, and an organisation's members",
      params: fixed({ holder, organization }),
      claimgraph: `query ($holder: ID!, $organization: ID!) {
  holder: actor(id: $holder) {
    affiliations(first: 20) { edges { node { title organization { id } } } }
    stances(first: 20) { edges { node { about polarity evidence(first: 5) { edges { node { id } } } } } }
  }
  organization: actor(id: $organization) { members(first: 20) { edges { node { title member { id } } } } }
}`,
    },
    {
      name: 'source-derivations',
      title: 'the most copied source: its derivatives and what they derive from',
      params: fixed({ id: sourceId(0) }),
      claimgraph: `query ($id: ID!) {
  source(id: $id) {
    derivatives(first: 20) { edges { node { relation source { id derivedFrom(first: 5) { edges { node { relation } } } } } } }
  }
}`,
    },
    {
      name: 'conflicts-and-stances',
      title: 'the first pages of contradictions and of all stances',
      params: fixed({}),
      claimgraph: `{
  contradictions(first: 20) { edges { node { relation claim { id } other { id } } } }
  stances(first: 20) { edges { node { about polarity since } } }
}`,
    },
  ];
}

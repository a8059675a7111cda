// The queries that used to exhaust the API (issue: "one anonymous read kills the API"), each
// with what it must answer now. Shared by the regression test (on a graph of hot nodes) and
// `npm run bench:killers` (on the 1M-statement benchmark graph); the targets name the hot nodes.

export interface KillerTargets {
  /** a claim in thousands of sources */
  claimId: string;
  /** an organisation with many members and stances */
  organizationId: string;
  /** a source that many others derive from */
  sourceId: string;
  /** the name of an actor holding many stances */
  holderName: string;
  /** a source with a long text and many statements; its killer is left out when absent */
  longSourceId?: string;
  /** how many statements the long source has */
  longSourceStatements?: number;
}

export interface FormerKiller {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** the error code it must answer now; none: it must answer data */
  code?: string;
}

const chain = (depth: number): string =>
  depth === 0 ? 'id' : `${depth % 2 ? 'topics' : 'claims'} { edges { node { ${chain(depth - 1)} } } }`;

const longTextQuery = `query($n: Int, $id: ID) {
  ${['a', 'b', 'c', 'd']
    .map(
      (alias) => `${alias}: source(id: $id) { statements(first: $n) { edges { node { source { text } } } } }`,
    )
    .join('\n  ')}
}`;

export function formerKillers(targets: KillerTargets): FormerKiller[] {
  const killers: FormerKiller[] = [
    {
      name: 'every claim of every topic',
      query:
        '{ topics(first: 100) { edges { node { name claims(first: 100) { edges { node { id text } } } } } } }',
    },
    {
      name: 'the depth-11 topic/claim chain',
      query: `{ topics { edges { node { ${chain(10)} } } } }`,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'every contradiction',
      query:
        '{ contradictions(first: 100) { totalCount edges { node { relation claim { id } other { id } } } } }',
    },
    {
      name: 'every speaker bucket',
      query: '{ aggregate(groupBy: ACTOR, first: 1000) { hasMore buckets { key count } } }',
    },
    {
      name: 'a viral claim: appearances, relations, topics, statements',
      query: `query ($id: ID!) { claim(id: $id) {
      firstAppearance { id }
      appearances(first: 100) { totalCount edges { node { id title publishedAt outlet { name } } } }
      relations(first: 100) { totalCount edges { node { relation direction claim { id } } } }
      topics(first: 100) { edges { node { name } } }
      statements(first: 100) { edges { node { text speaker { name } } } }
    } }`,
      variables: { id: targets.claimId },
    },
    {
      name: 'an organisation: members, affiliations, stances with evidence',
      query: `query ($id: ID!) { actor(id: $id) {
      members(first: 100) { totalCount edges { node { title member { name } } } }
      affiliations(first: 100) { edges { node { title } } }
      stances(first: 100) { totalCount edges { node { about polarity since evidence(first: 100) { edges { node { id text } } } } } }
    } }`,
      variables: { id: targets.organizationId },
    },
    {
      name: 'a syndicated source: derivatives and derivations',
      query: `query ($id: ID!) { source(id: $id) {
      derivatives(first: 100) { totalCount edges { node { relation source { id derivedFrom(first: 5) { edges { node { relation } } } } } } }
    } }`,
      variables: { id: targets.sourceId },
    },
    {
      name: 'every stance of an actor',
      query:
        'query ($name: String) { stances(actorName: $name, first: 100) { totalCount edges { node { about since } } } }',
      variables: { name: targets.holderName },
    },
  ];
  if (targets.longSourceId) {
    killers.splice(2, 0, {
      name: 'a long text once per statement, four aliases, page size in a variable',
      query: longTextQuery,
      variables: { n: targets.longSourceStatements ?? 100, id: targets.longSourceId },
      code: 'RESPONSE_TOO_LARGE',
    });
  }
  return killers;
}

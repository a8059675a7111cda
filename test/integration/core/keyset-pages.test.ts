// Every keyset connection pages as a Relay client walks it: one item at a time forward with
// `after`, then backward with `before`, gives the whole list once each, in its order, with
// hasNextPage / hasPreviousPage true exactly where there is more. Issue 14 made these lists
// connections; until now only statements, actors and sources were walked.

import { useHarness } from '../../support/harness';
import { type Page as PageOf, walkPages } from '../../support/paging';

type Page = PageOf<unknown>;

const CONNECTION =
  'edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

interface Case {
  name: string;
  /** the query, with ARGS where the connection's arguments go and CONN where its selection goes */
  query: string;
  /** how a node is told apart from the others */
  node: string;
  /** the connection in the answer */
  pick: (data: Record<string, unknown>) => Page;
}

// biome-ignore lint/suspicious/noExplicitAny: answers of several shapes, walked by hand
type Data = Record<string, any>;
const byId = (list: Data[], id: string) => list.find((entry) => entry.node.id === id)?.node;

describe('keyset connections, walked a page at a time', () => {
  const harness = useHarness({ restoreSeed: true });
  const cases: Case[] = [];

  beforeAll(async () => {
    // The owner with the longest list of each kind, so every walk takes several pages.
    // The seed's sources are each quoted by one article: two more pick up the CNN interview.
    for (const title of ['A follow-up', 'A second follow-up']) {
      const added = await harness.gql(
        'mutation ($input: SourceInput!) { upsertSource(input: $input) { id } }',
        {
          input: {
            kind: 'ARTICLE',
            title,
            publishedAt: '2019-03-20',
            derivedFrom: [{ sourceId: 'source:cnn-interview-ren-zhengfei-2019', relation: 'QUOTES' }],
          },
        },
        { role: 'editor' },
      );
      expect(added.errors).toBeUndefined();
    }
    // ... and two more people join NATO, whose seed lists one member; Ana holds two posts there: the busiest member's list has two entries.
    for (const name of ['Ana Example', 'Ben Example']) {
      const added = await harness.gql(
        'mutation ($input: ActorInput!) { upsertActor(input: $input) { id } }',
        {
          input: {
            name,
            kind: 'PERSON',
            affiliations: [
              { organizationId: 'actor:nato', title: 'Deputy spokesperson' },
              ...(name === 'Ana Example' ? [{ organizationId: 'actor:nato', title: 'Adviser' }] : []),
            ],
          },
        },
        { role: 'editor' },
      );
      expect(added.errors).toBeUndefined();
    }
    const data: Data = {};
    for (const selection of [
      'topics(first: 100) { edges { node { id claims(first: 1) { totalCount } } } }',
      'stances(first: 100) { edges { node { id evidence(first: 1) { totalCount } } } }',
      'sources(first: 100) { edges { node { id derivedFrom(first: 1) { totalCount } derivatives(first: 1) { totalCount } } } }',
      'actors(first: 100) { edges { node { id stances(first: 1) { totalCount } members(first: 1) { totalCount } affiliations(first: 1) { totalCount } } } }',
      'statements(first: 100) { edges { node { claim { id appearances(first: 1) { totalCount } relations(first: 1) { totalCount } topics(first: 1) { totalCount } } } } }',
    ]) {
      const found = await harness.gql<Data>(`{ ${selection} }`);
      expect(found.errors).toBeUndefined();
      Object.assign(data, found.data);
    }
    const busiest = (list: Data[], count: (node: Data) => number) =>
      [...list].sort((a, b) => count(b) - count(a))[0] as Data;
    const topic = busiest(data.topics.edges, (n) => n.node.claims.totalCount).node.id;
    const stance = busiest(data.stances.edges, (n) => n.node.evidence.totalCount).node.id;
    const quoting = busiest(data.sources.edges, (n) => n.node.derivedFrom.totalCount).node.id;
    const quoted = busiest(data.sources.edges, (n) => n.node.derivatives.totalCount).node.id;
    const holder = busiest(data.actors.edges, (n) => n.node.stances.totalCount).node.id;
    const organisation = busiest(data.actors.edges, (n) => n.node.members.totalCount).node.id;
    const member = busiest(data.actors.edges, (n) => n.node.affiliations.totalCount).node.id;
    const claims = data.statements.edges
      .map((e: Data) => ({ node: e.node.claim }))
      .filter((e: Data) => e.node);
    const spread = busiest(claims, (n) => n.node.appearances.totalCount).node.id;
    const related = busiest(claims, (n) => n.node.relations.totalCount).node.id;
    const tagged = busiest(claims, (n) => n.node.topics.totalCount).node.id;

    cases.push(
      { name: 'topics', query: '{ topics(ARGS) { CONN } }', node: 'id', pick: (d) => d.topics as Page },
      {
        name: 'Topic.claims',
        query: '{ topics(first: 30) { edges { node { id claims(ARGS) { CONN } } } } }',
        node: 'id',
        pick: (d) => byId((d as Data).topics.edges, topic).claims,
      },
      { name: 'stances', query: '{ stances(ARGS) { CONN } }', node: 'id', pick: (d) => d.stances as Page },
      {
        name: 'Stance.evidence',
        query: '{ stances(first: 30) { edges { node { id evidence(ARGS) { CONN } } } } }',
        node: 'id',
        pick: (d) => byId((d as Data).stances.edges, stance).evidence,
      },
      {
        name: 'Source.derivedFrom',
        query: `{ source(id: "${quoting}") { derivedFrom(ARGS) { CONN } } }`,
        node: 'relation source { id }',
        pick: (d) => (d as Data).source.derivedFrom,
      },
      {
        name: 'Source.derivatives',
        query: `{ source(id: "${quoted}") { derivatives(ARGS) { CONN } } }`,
        node: 'relation source { id }',
        pick: (d) => (d as Data).source.derivatives,
      },
      {
        name: 'Actor.stances',
        query: `{ actor(id: "${holder}") { stances(ARGS) { CONN } } }`,
        node: 'id',
        pick: (d) => (d as Data).actor.stances,
      },
      {
        name: 'Actor.members',
        query: `{ actor(id: "${organisation}") { members(ARGS) { CONN } } }`,
        node: 'title member { id }',
        pick: (d) => (d as Data).actor.members,
      },
      {
        name: 'Actor.affiliations',
        query: `{ actor(id: "${member}") { affiliations(ARGS) { CONN } } }`,
        node: 'title organization { id }',
        pick: (d) => (d as Data).actor.affiliations,
      },
      {
        name: 'Claim.appearances',
        query: `{ claim(id: "${spread}") { appearances(ARGS) { CONN } } }`,
        node: 'id',
        pick: (d) => (d as Data).claim.appearances,
      },
      {
        name: 'Claim.relations',
        query: `{ claim(id: "${related}") { relations(ARGS) { CONN } } }`,
        node: 'relation direction claim { id }',
        pick: (d) => (d as Data).claim.relations,
      },
      {
        name: 'Claim.topics',
        query: `{ claim(id: "${tagged}") { topics(ARGS) { CONN } } }`,
        node: 'id',
        pick: (d) => (d as Data).claim.topics,
      },
      {
        name: 'contradictions',
        query: '{ contradictions(ARGS) { CONN } }',
        node: 'relation claim { id } other { id }',
        pick: (d) => (d as Data).contradictions,
      },
    );
  });

  async function page(c: Case, args: string): Promise<Page> {
    const query = c.query.replace('ARGS', args).replace('CONN', CONNECTION.replace('NODE', c.node));
    const response = await harness.gql<Record<string, unknown>>(query);
    expect({ case: c.name, errors: response.errors }).toEqual({ case: c.name, errors: undefined });
    return c.pick(response.data as Record<string, unknown>);
  }

  it('walks each forward and backward one at a time, and each step agrees with the whole list', async () => {
    expect(cases.length).toBe(13);
    for (const c of cases) {
      const whole = (await page(c, 'first: 50')).edges.map((edge) => JSON.stringify(edge.node));
      expect({ case: c.name, atLeast: whole.length >= 2 }).toEqual({ case: c.name, atLeast: true });
      expect(new Set(whole).size).toBe(whole.length);

      // One item a page: as many pages as items, so hasNextPage / hasPreviousPage is true
      // exactly while there is more (false too early loses items, true at the end adds a page).
      for (const [direction, args] of [
        ['forward', 'first: 1, after: $cursor'],
        ['backward', 'last: 1, before: $cursor'],
      ] as const) {
        const walked = await walkPages<unknown>(
          harness,
          `query ($cursor: String) ${c.query.replace('ARGS', args).replace('CONN', CONNECTION.replace('NODE', c.node))}`,
          c.pick,
          direction,
          {},
          (node) => JSON.stringify(node),
        );
        expect({ case: c.name, direction, walked }).toEqual({
          case: c.name,
          direction,
          walked: { ids: whole, pages: whole.length },
        });
      }
    }
  });

  it('refuses a cursor of one list in another', async () => {
    const [topics, stances] = [cases[0] as Case, cases[2] as Case];
    const cursor = (await page(topics, 'first: 1')).pageInfo.endCursor;
    const response = await harness.gql(
      stances.query.replace('ARGS', `first: 1, after: "${cursor}"`).replace('CONN', 'edges { cursor }'),
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

// Regression for "one anonymous read kills the API": no field of the schema may return a list
// whose length grows with the data unbounded. Every list carries @listSize; every connection is
// sliced by first/last; the cost limit prices all of them, variables included.

import { makeExecutableSchema } from '@graphql-tools/schema';
import { type GraphQLField, getNamedType, getNullableType, isListType, isObjectType, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { listSizeEstimator, listSizeOf } from '../../../src/api/plugins/use-cost-limit';
import { loadTypeDefs } from '../../../src/api/schema';

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });
const estimator = listSizeEstimator({ defaultPageSize: 20, maxPageSize: 100 });
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [estimator] });

function everyField(): Array<[string, GraphQLField<unknown, unknown>]> {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(
        (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields(),
      ).map((field) => [`${type.name}.${field.name}`, field] as [string, GraphQLField<unknown, unknown>]),
    );
}

// Lists that the field returning their parent slices: a connection's edges, an aggregate's buckets.
const SIZED_BY_PARENT = (name: string) => name.endsWith('Connection.edges') || name === 'BucketList.buckets';

const isConnection = (field: GraphQLField<unknown, unknown>) =>
  getNamedType(field.type).name.endsWith('Connection');

describe('regression: one anonymous read killed the API (unbounded lists)', () => {
  it('every list field has a bound: @listSize, or it is the edges of a sliced connection', () => {
    const unbounded = everyField()
      .filter(([name, field]) => isListType(getNullableType(field.type)) && !SIZED_BY_PARENT(name))
      .filter(([, field]) => {
        const size = listSizeOf(field);
        return !size || (size.assumedSize === undefined && size.slicingArguments.length === 0);
      })
      .map(([name]) => name);
    expect(unbounded).toEqual([]);
  });

  it('every connection field is sliced by first/last and takes cursors', () => {
    const wrong = everyField()
      .filter(([, field]) => isConnection(field))
      .filter(([, field]) => {
        const args = field.args.map((arg) => arg.name);
        const slicing = listSizeOf(field)?.slicingArguments ?? [];
        return (
          !['first', 'after', 'last', 'before'].every((a) => args.includes(a)) ||
          slicing.join() !== 'first,last'
        );
      })
      .map(([name]) => name);
    expect(wrong).toEqual([]);
  });

  it('prices nested lists by their pages, so the depth-11 topic/claim chain costs millions', () => {
    const level = (depth: number): string =>
      depth === 0 ? 'id' : `${depth % 2 ? 'topics' : 'claims'} { edges { node { ${level(depth - 1)} } } }`;
    expect(cost(`{ topics { edges { node { ${level(10)} } } } }`)).toBeGreaterThan(1e12);
    expect(cost('{ topics { edges { node { name claims { edges { node { id } } } } } } }')).toBeLessThan(
      50_000,
    );
  });

  it('prices a page given by a variable as the variable says (the literal limit missed it)', () => {
    const query = 'query($n: Int) { statements(first: $n) { edges { node { text } } } }';
    expect(cost(query, { n: 100 })).toBe(cost('{ statements(first: 100) { edges { node { text } } } }'));
    expect(cost(query, { n: 100 })).toBeGreaterThan(cost(query, { n: 2 }) * 40);
    expect(cost(query)).toBe(cost('{ statements { edges { node { text } } } }'));
  });

  it('prices a page above the maximum as the maximum (the page-size check refuses it with BAD_USER_INPUT)', () => {
    expect(cost('{ statements(first: 1000000) { edges { node { text } } } }')).toBe(
      cost('{ statements(first: 100) { edges { node { text } } } }'),
    );
  });

  it('prices plain lists by their assumed size', () => {
    expect(cost('{ search(query: "x") { score } }')).toBe(20 * 2);
    expect(cost('{ search(query: "x", first: 100) { score } }')).toBe(100 * 2);
    expect(cost('{ actor(id: "a") { aliases } }')).toBe(1 + 100);
  });

  it('prices an aggregate once by its first, up to its own maximum (regression: priced twice, capped at 100)', () => {
    const buckets = (first: number) =>
      cost(`{ aggregate(groupBy: ACTOR, first: ${first}) { buckets { key count } } }`);
    expect(buckets(1)).toBe(1 * (1 + 1 + 2));
    expect(buckets(1000)).toBe(1000 * (1 + 1 + 2));
  });
});

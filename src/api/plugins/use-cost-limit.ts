import {
  type ConstValueNode,
  type DocumentNode,
  type GraphQLField,
  getNamedType,
  Kind,
  type TypeNode,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { QueryTooComplexError } from '../../domain/errors';
import { toGraphQLError } from '../errors';

export interface CostLimitOptions {
  /** the most a document may cost: about the number of values its response could hold */
  maxCost: number;
  /** the page a connection is priced at when its slicing argument is absent */
  defaultPageSize: number;
  /** the largest page a connection returns; a larger argument is priced at this (and refused later) */
  maxPageSize: number;
}

interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
}

const listSizes = new WeakMap<GraphQLField<unknown, unknown>, ListSize | null>();

function intValue(node: ConstValueNode | undefined): number | undefined {
  return node?.kind === Kind.INT ? Number(node.value) : undefined;
}

/** The field's @listSize(assumedSize, slicingArguments), read once from the SDL. */
export function listSizeOf(field: GraphQLField<unknown, unknown>): ListSize | null {
  let found = listSizes.get(field);
  if (found !== undefined) return found;
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'listSize');
  found = null;
  if (directive) {
    const arg = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
    const slicing = arg('slicingArguments');
    found = {
      assumedSize: intValue(arg('assumedSize')),
      slicingArguments:
        slicing?.kind === Kind.LIST
          ? slicing.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []))
          : [],
    };
  }
  listSizes.set(field, found);
  return found;
}

const weights = new WeakMap<GraphQLField<unknown, unknown>, number>();

/** The field's @cost(weight), read once from the SDL: 0 without one. */
export function weightOf(field: GraphQLField<unknown, unknown>): number {
  let weight = weights.get(field);
  if (weight === undefined) {
    const directive = field.astNode?.directives?.find((d) => d.name.value === 'cost');
    weight = intValue(directive?.arguments?.find((a) => a.name.value === 'weight')?.value) ?? 0;
    weights.set(field, weight);
  }
  return weight;
}

const isConnection = (field: GraphQLField<unknown, unknown>) =>
  getNamedType(field.type).name.endsWith('Connection');

/**
 * Prices a field at 1 plus its @cost weight plus its selection; a list (or a connection) at its
 * largest length times that. The length is the slicing argument's value, literal or from a variable; without one
 * it is the list's assumedSize, or the default page. A connection's pageInfo and totalCount
 * are priced with its edges, which overestimates a little and never underestimates.
 */
export function listSizeEstimator(options: Omit<CostLimitOptions, 'maxCost'>) {
  return ({ field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    const size = listSizeOf(field);
    const weight = weightOf(field);
    // A connection's edges (and an aggregate's buckets) carry no @listSize: the field that
    // slices them prices them, once.
    if (!size) return 1 + weight + childComplexity;
    const sliced = size.slicingArguments.map((name) => args[name]).find((v) => typeof v === 'number');
    // A connection refuses a page above the maximum (BAD_USER_INPUT); other lists check their own.
    const most = isConnection(field) ? options.maxPageSize : Number.POSITIVE_INFINITY;
    const length =
      typeof sliced === 'number'
        ? Math.min(Math.max(sliced, 0), most)
        : (size.assumedSize ?? options.defaultPageSize);
    return length * (1 + weight + childComplexity);
  };
}

/** What onExecute and onSubscribe both hand a plugin: the operation, and a way to refuse it. */
type ExecutionStage = Pick<
  Parameters<NonNullable<Plugin['onExecute']>>[0],
  'args' | 'setResultAndStopExecution'
>;

/** a document's distinct pricing inputs kept before its cache starts over */
const PRICES_PER_DOCUMENT = 64;

const namedTypeOf = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);

/**
 * The variables a price can depend on. Slicing arguments are Int (validation allows only an
 * Int variable there) and @include/@skip take Boolean: a variable of any other type (an id, a
 * filter, a date) never changes the price, so a trace costs the same for every statement id.
 */
function pricingVariables(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    definition.kind !== Kind.OPERATION_DEFINITION
      ? []
      : (definition.variableDefinitions ?? [])
          .filter((variable) => ['Int', 'Boolean'].includes(namedTypeOf(variable.type)))
          .map((variable) => variable.variable.name.value),
  );
}

/** What one parsed document's prices depend on, and the prices seen so far, by pricing input. */
interface DocumentPrices {
  variables: string[];
  byInput: Map<string, number>;
}

/**
 * Refuses, before anything runs, an operation whose response could hold more than maxCost
 * values, with QUERY_TOO_COMPLEX and extensions.limit "maxCost". It prices with the request's
 * variables, so `first: $n` costs what $n says. graphql-armor's cost limit only saw literals.
 * Prices are kept per parsed document (Yoga's parser cache hands the same one back for the
 * same text) and pricing inputs: pricing walked the whole document on every request, a
 * twentieth of the API's CPU under the trace benchmark.
 */
export function useCostLimit(options: CostLimitOptions): Plugin {
  const estimator = listSizeEstimator(options);
  const documents = new WeakMap<DocumentNode, DocumentPrices>();
  const price = (args: ExecutionStage['args']): number | undefined => {
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    let known = documents.get(args.document);
    if (!known) {
      known = { variables: pricingVariables(args.document), byInput: new Map() };
      documents.set(args.document, known);
    }
    const input = JSON.stringify([
      args.operationName ?? null,
      ...known.variables.map((name) => variables[name] ?? null),
    ]);
    const cached = known.byInput.get(input);
    if (cached !== undefined) return cached;
    let cost: number;
    try {
      cost = getComplexity({
        schema: args.schema,
        query: args.document,
        operationName: args.operationName ?? undefined,
        variables,
        estimators: [estimator],
      });
    } catch {
      // Variables that do not coerce: execution reports them as BAD_USER_INPUT.
      return undefined;
    }
    if (known.byInput.size >= PRICES_PER_DOCUMENT) known.byInput.clear();
    known.byInput.set(input, cost);
    return cost;
  };
  const check = ({ args, setResultAndStopExecution }: ExecutionStage) => {
    const cost = price(args);
    if (cost !== undefined && cost > options.maxCost) {
      setResultAndStopExecution({
        errors: [
          toGraphQLError(
            new QueryTooComplexError(
              `Query cost ${cost} exceeds the maximum cost of ${options.maxCost} (maxCost): ask for smaller pages (first/last) or fewer nested lists`,
              'maxCost',
            ),
          ),
        ],
      });
    }
  };
  // A subscription is priced per event, when it starts: each event answers the selection once.
  return { onExecute: check, onSubscribe: check };
}

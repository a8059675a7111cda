import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ResponseTooLargeError } from '../../domain/errors';
import { toGraphQLError } from '../errors';

export interface ResponseBudgetOptions {
  /** the most bytes of JSON one request's response may hold (a batch shares one budget) */
  maxBytes: number;
}

/** What a request's response has cost so far, counted as its fields resolve. */
class ResponseBudget {
  private spent = 0;
  exceeded = false;

  constructor(readonly maxBytes: number) {}

  /** Counts `bytes`; false once the response is past the budget, and from then on. */
  spend(bytes: number): boolean {
    this.spent += bytes;
    if (this.spent > this.maxBytes) this.exceeded = true;
    return !this.exceeded;
  }

  get error(): ResponseTooLargeError {
    return new ResponseTooLargeError(this.maxBytes);
  }
}

interface BudgetContext {
  responseBudget?: ResponseBudget;
}

/** Bytes a resolved value adds to the JSON response, besides its key. Objects count their fields. */
function sizeOf(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value) + 2;
  if (Array.isArray(value)) {
    let total = 2;
    for (const item of value) total += sizeOf(item) + 1;
    return total;
  }
  if (value === null || value === undefined) return 4;
  return typeof value === 'object' ? 2 : 8;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function charged(
  resolve: GraphQLFieldResolver<unknown, BudgetContext>,
): GraphQLFieldResolver<unknown, BudgetContext> {
  // Over budget, a field answers a rejected promise, never a synchronous throw: graphql-js 16
  // abandons a list at an item's synchronous error and leaves its siblings' promises
  // unhandled, where a rejection is collected with the rest.
  return (source, args, context, info) => {
    const budget = context.responseBudget;
    if (!budget) return resolve(source, args, context, info);
    // Once over budget nothing more is fetched: every field fails at once.
    if (budget.exceeded) return Promise.reject(budget.error);
    const key = (info.fieldNodes[0]?.alias?.value ?? info.fieldName).length + 4;
    const value = resolve(source, args, context, info);
    // A thenable, not `instanceof Promise`: promises from another realm (a test VM) count too.
    if (isThenable(value)) {
      return value.then((resolved: unknown) => {
        if (!budget.spend(key + sizeOf(resolved))) throw budget.error;
        return resolved;
      });
    }
    return budget.spend(key + sizeOf(value)) ? value : Promise.reject(budget.error);
  };
}

/**
 * The schema with every field counting its size against the request's ResponseBudget as it
 * resolves, so a response that would pass the budget stops while it is being built (a 500,000
 * character Source.text counts in full the moment it is loaded), not after it sits in memory.
 */
export function withResponseBudget(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => ({
      ...field,
      resolve: charged(
        (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, BudgetContext>,
      ),
    }),
  });
}

/**
 * A size budget per request (CLAIMGRAPH_MAX_RESPONSE_BYTES) for schemas built with
 * withResponseBudget: a response past it is replaced by one RESPONSE_TOO_LARGE error
 * (extensions.limit "maxResponseBytes") and no data. The cost limit bounds how many values a
 * response holds; this bounds how large they are.
 */
export function useResponseBudget({ maxBytes }: ResponseBudgetOptions): Plugin {
  const budgets = new WeakMap<object, ResponseBudget>();
  return {
    onContextBuilding({ context, extendContext }) {
      // The operations of one batched request share the request's budget.
      const request = (context as { request?: object }).request ?? context;
      let budget = budgets.get(request);
      if (!budget) {
        budget = new ResponseBudget(maxBytes);
        budgets.set(request, budget);
      }
      extendContext({ responseBudget: budget } as Record<string, unknown>);
    },
    onExecute({ args }) {
      const budget = (args.contextValue as BudgetContext).responseBudget;
      return {
        onExecuteDone({ setResult }) {
          if (budget?.exceeded) setResult({ data: null, errors: [toGraphQLError(budget.error)] });
        },
      };
    },
  };
}

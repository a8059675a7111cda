import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { QueryTooComplexError } from '../../domain/errors';
import type { LimitsConfig } from '../../platform/config';
import { toGraphQLError } from '../errors';

export type OperationLimitsOptions = Omit<
  LimitsConfig,
  'maxPageSize' | 'maxBatch' | 'maxCost' | 'maxResponseBytes'
>;

/**
 * graphql-armor's limits, checked at parse (tokens) and validation (depth, aliases,
 * directives), before anything runs. Armor reports its own "Syntax Error: …" errors; here each
 * rejection becomes a QueryTooComplexError (QUERY_TOO_COMPLEX, extensions.limit names the limit).
 */
export function useOperationLimits(options: OperationLimitsOptions): Plugin {
  const reject =
    (limit: string) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      const rejection = toGraphQLError(
        new QueryTooComplexError(error.message.replace(/^Syntax Error: /, ''), limit),
      );
      // The token limit is checked while parsing, where there is no validation context to report to.
      if (!context) throw rejection;
      context.reportError(rejection);
    };
  const limit = (name: string) => ({ onReject: [reject(name)], propagateOnRejection: false });
  const armor = new EnvelopArmor({
    maxDepth: { n: options.maxDepth, ...limit('maxDepth') },
    // Armor prices only literal first/last; use-cost-limit.ts prices variables too.
    costLimit: { enabled: false },
    maxAliases: { n: options.maxAliases, ...limit('maxAliases') },
    maxTokens: { n: options.maxTokens, ...limit('maxTokens') },
    maxDirectives: { n: options.maxDirectives, ...limit('maxDirectives') },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  });
  const plugins = armor.protect().plugins;
  return {
    onPluginInit({ addPlugin }) {
      for (const plugin of plugins) addPlugin(plugin as Plugin);
    },
  };
}

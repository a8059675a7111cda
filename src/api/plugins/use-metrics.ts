import {
  createCounter,
  createHistogram,
  createSummary,
  type FillLabelsFnParams,
  usePrometheus,
} from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { truncate } from './truncate';

export interface MetricsOptions {
  /** where Prometheus scrapes; default /metrics */
  endpoint?: string;
  /** one registry per server, so several servers in one process (the tests) do not collide */
  registry?: Registry;
  /** longest operation name (and error path) kept as a label value; longer ones are truncated; default 64 */
  maxLabelLength?: number;
  /** distinct operation names (and error paths) this server labels; later new ones count as "other"; default 100 */
  maxOperationNames?: number;
}

interface LabelBounds {
  /** a longer value is cut to maxLength - 1 characters plus "…" */
  maxLength?: number;
  /** distinct values kept; every later new value becomes OTHER_LABEL */
  maxDistinct?: number;
}

/** the label value every operation name past the distinct cap is counted under */
const OTHER_LABEL = 'other';

/**
 * A label function with bounded output: each value truncated to maxLength, and at most
 * maxDistinct distinct values per function (first come, first kept); every value past that is
 * OTHER_LABEL. Clients choose operation names, and each distinct one would otherwise add a
 * series to every metric carrying it (~100 per name), growing memory and /metrics without
 * limit. The values kept are fresh copies, so a kept name does not hold its request's body alive.
 */
function boundedLabel({ maxLength = 64, maxDistinct = 100 }: LabelBounds = {}): (value: string) => string {
  const kept = new Map<string, string>();
  return (value) => {
    // A client may send a non-string operationName (a number): label what it sent, as text.
    const label = truncate(String(value), maxLength);
    const known = kept.get(label);
    if (known !== undefined) return known;
    if (kept.size >= maxDistinct) return OTHER_LABEL;
    // a slice shares its parent string (the whole query); the JSON round trip copies it
    const copy = JSON.parse(JSON.stringify(label)) as string;
    kept.set(copy, copy);
    return copy;
  };
}

type Labels = Record<string, string | number>;

/** prom-client leaves out a label whose value is absent (e.g. the operation name of a parse error) */
function present(labels: Record<string, string | number | undefined>): Labels {
  return Object.fromEntries(Object.entries(labels).filter(([, value]) => value !== undefined)) as Labels;
}

/**
 * Prometheus metrics: request counts and durations per operation, errors by phase, the
 * GraphQL phases, HTTP durations, and the process's own (memory, CPU, event loop lag).
 *
 * Every metric carrying an operation name is built here (createCounter / createHistogram /
 * createSummary, the plugin's documented custom-metric hook) with the plugin's own names, help
 * texts and label names, but a fillLabelsFn that maps the name through one boundedLabel; so the
 * caps hold across all of them. Error paths (they contain client-chosen aliases) get their own
 * bounded label, and the HTTP histogram's url label is the path without the query string.
 */
export function useMetrics({
  endpoint = '/metrics',
  registry = new Registry(),
  maxLabelLength = 64,
  maxOperationNames = 100,
}: MetricsOptions = {}): Plugin {
  collectDefaultMetrics({ register: registry });
  const bounds = { maxLength: maxLabelLength, maxDistinct: maxOperationNames };
  const operationName = boundedLabel(bounds);
  const errorPath = boundedLabel(bounds);
  const urlPath = boundedLabel(bounds);
  const name = (value: string | undefined) => (value === undefined ? undefined : operationName(value));
  const operationLabels = ['operationType', 'operationName'];
  const operation = (params: FillLabelsFnParams): Labels =>
    present({ operationType: params.operationType, operationName: name(params.operationName) });

  const histogram = <Phases>(metric: string, help: string) =>
    createHistogram<Phases, string>({
      registry,
      histogram: { name: metric, help, labelNames: operationLabels },
      fillLabelsFn: operation,
    });

  return usePrometheus({
    endpoint,
    registry,
    // every metric is listed, so none falls back to the plugin's default (unbounded) labels
    metrics: {
      graphql_envelop_request: createCounter<'execute' | 'subscribe', string>({
        registry,
        counter: {
          name: 'graphql_envelop_request',
          help: 'Counts the amount of GraphQL requests executed through Envelop',
          labelNames: operationLabels,
        },
        fillLabelsFn: operation,
      }),
      graphql_envelop_request_duration: histogram<'execute' | 'subscribe'>(
        'graphql_envelop_request_duration',
        'Time spent on running the GraphQL operation from parse to execute',
      ),
      graphql_envelop_request_time_summary: createSummary<'execute' | 'subscribe', string>({
        registry,
        summary: {
          name: 'graphql_envelop_request_time_summary',
          help: 'Summary to measure the time to complete GraphQL operations',
          labelNames: operationLabels,
        },
        fillLabelsFn: operation,
      }),
      graphql_envelop_phase_parse: histogram<'parse'>(
        'graphql_envelop_phase_parse',
        'Time spent on running GraphQL "parse" function',
      ),
      graphql_envelop_phase_validate: histogram<'validate'>(
        'graphql_envelop_phase_validate',
        'Time spent on running GraphQL "validate" function',
      ),
      graphql_envelop_phase_context: histogram<'context'>(
        'graphql_envelop_phase_context',
        'Time spent on building the GraphQL context',
      ),
      graphql_envelop_phase_execute: histogram<'execute'>(
        'graphql_envelop_phase_execute',
        'Time spent on running the GraphQL "execute" function',
      ),
      graphql_envelop_phase_subscribe: histogram<'subscribe'>(
        'graphql_envelop_phase_subscribe',
        'Time spent on running the GraphQL "subscribe" function',
      ),
      graphql_envelop_error_result: createCounter<
        'parse' | 'validate' | 'context' | 'execute' | 'subscribe',
        string,
        FillLabelsFnParams & { error: unknown; errorPhase: string }
      >({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'Counts the amount of errors reported from all phases',
          labelNames: ['operationType', 'operationName', 'path', 'phase'],
        },
        fillLabelsFn: (params) => {
          const path = (params.error as { path?: ReadonlyArray<string | number> } | undefined)?.path;
          return present({
            ...operation(params),
            phase: params.errorPhase,
            path: path ? errorPath(path.join('.')) : undefined,
          });
        },
      }),
      // The schema deprecates nothing (test/unit/api/schema-deprecations.test.ts keeps it so), and
      // this counter walked every request's document with a TypeInfo to find deprecated
      // fields: 3% of the API's CPU under the trace benchmark, for a series that stays empty.
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: true,
      graphql_envelop_execute_resolver: false,
      graphql_yoga_http_duration: createHistogram<
        'request',
        string,
        FillLabelsFnParams & { request: Request; response: Response }
      >({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time spent on HTTP connection',
          labelNames: ['operationName', 'operationType', 'method', 'statusCode', 'url'],
        },
        fillLabelsFn: (params) => ({
          method: params.request.method,
          statusCode: params.response.status,
          operationType: params.operationType ?? 'unknown',
          operationName: operationName(params.operationName || 'Anonymous'),
          // the path only: a GET's query string holds the whole operation
          url: urlPath(new URL(params.request.url).pathname),
        }),
      }),
    },
  });
}

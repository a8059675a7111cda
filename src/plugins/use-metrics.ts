import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Registry } from 'prom-client';

export interface MetricsOptions {
  /** where Prometheus scrapes; default /metrics */
  endpoint?: string;
  /** one registry per server, so several servers in one process (the tests) do not collide */
  registry?: Registry;
}

/**
 * Prometheus metrics: request counts and durations per operation, errors by phase, the
 * GraphQL phases, HTTP durations, and the process's own (memory, CPU, event loop lag).
 */
export function useMetrics({
  endpoint = '/metrics',
  registry = new Registry(),
}: MetricsOptions = {}): Plugin {
  collectDefaultMetrics({ register: registry });
  return usePrometheus({
    endpoint,
    registry,
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_yoga_http_duration: true,
    },
  });
}

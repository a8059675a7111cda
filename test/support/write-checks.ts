// Assertions for writes: a rejected mutation answers one coded error and leaves the graph's
// checksum as it was; an idempotent one, repeated, answers the same and changes nothing more.

import { graphChecksum } from './graph-state';
import type { Harness } from './harness';
import { withNodeLists } from './paging';

type Errors = Array<{ extensions?: Record<string, unknown> }> | undefined;

/** Runs a mutation that must fail: returns its error's extensions, and proves the graph is unchanged. */
export async function expectRejected(
  harness: Harness,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const before = await graphChecksum(harness.db);
  const response = await harness.gql(query, variables);
  expect(response.data?.[Object.keys(response.data ?? {})[0] ?? ''] ?? null).toBeNull();
  expect(await graphChecksum(harness.db)).toBe(before);
  const errors = response.errors as Errors;
  expect(errors).toHaveLength(1);
  return errors?.[0]?.extensions ?? {};
}

/** Runs a mutation twice: the second run must leave the graph exactly as the first did. */
export async function expectIdempotent<T>(
  harness: Harness,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const first = await harness.gql<T>(query, variables);
  expect(first.errors).toBeUndefined();
  const after = await graphChecksum(harness.db);
  const second = await harness.gql<T>(query, variables);
  expect(second.data).toEqual(first.data);
  expect(await graphChecksum(harness.db)).toBe(after);
  return withNodeLists<T>(first.data) as T;
}

import { NotFoundError } from '../../domain/errors';

/**
 * Loads an id that must exist: one a client asked for by `field` (unknown: NOT_FOUND, naming
 * the argument), or one the graph guarantees (a relationship target; absence is a bug).
 */
export async function required<T>(
  loader: { load(id: string): Promise<T | null> },
  what: string,
  id: string,
  field?: string,
): Promise<T> {
  const found = await loader.load(id);
  if (found === null) throw new NotFoundError(what, id, field);
  return found;
}

/** The rows of a loadMany that were found. */
export function present<T>(rows: (T | null | Error)[]): T[] {
  return rows.filter((row): row is T => row !== null && !(row instanceof Error));
}

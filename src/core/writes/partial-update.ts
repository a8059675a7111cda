// One upsert semantics for every entity: an update is partial. A field the caller did not give
// keeps its stored value; lists given (aliases, affiliations, derivations) are added to the
// stored ones; a field named in `replace` is overwritten, or cleared when not given; a stored
// value that identifies what the thing is (an actor's or a source's kind) changes only when
// named in `replace`, otherwise the write is a CONFLICT. Pure: the use cases read the stored
// entity under a lock, merge here, and write the result whole.

import { BadUserInputError, ConflictError } from '../../domain/errors';
import { checkOneOf } from '../validate';

/** The fields named in `replace`, checked against the entity's field names. */
export function replacedFields<F extends string>(
  field: string,
  values: readonly string[] | null | undefined,
  allowed: readonly F[],
): ReadonlySet<F> {
  return new Set((values ?? []).map((value, index) => checkOneOf(`${field}[${index}]`, value, allowed)));
}

/** A scalar field: given wins; named in replace and not given, cleared; else the stored value. */
export function mergedValue<T>(given: T | undefined, stored: T | undefined, replace: boolean): T | undefined {
  if (given !== undefined) return given;
  return replace ? undefined : stored;
}

/** A list field: given items added to the stored ones (a given item takes the place of a stored one with its key), or replacing them. */
export function mergedList<T>(
  given: readonly T[] | undefined,
  stored: readonly T[],
  replace: boolean,
  keyOf: (item: T) => string,
): T[] {
  if (replace) return [...(given ?? [])];
  const byKey = new Map<string, T>();
  for (const item of [...stored, ...(given ?? [])]) byKey.set(keyOf(item), item);
  return [...byKey.values()];
}

/**
 * A kind, which says what a thing is: required to create it, and changed only when `replace`
 * names it; a different kind otherwise is a CONFLICT naming the field and the stored value.
 */
export function mergedKind<K extends string>(
  what: 'actor' | 'source',
  id: string,
  given: K | undefined,
  stored: K | undefined,
  replace: boolean,
): K {
  if (given !== undefined && stored !== undefined && given !== stored && !replace) {
    throw new ConflictError(
      `The ${what} ${id} is stored with kind ${stored}, not ${given}; to change it, pass replace: [KIND]`,
      { field: 'input.kind', stored, given },
    );
  }
  const kind = given ?? stored;
  if (kind === undefined)
    throw new BadUserInputError(
      `input.kind is required to create ${what === 'actor' ? 'an actor' : 'a source'}`,
      'input.kind',
    );
  return kind;
}

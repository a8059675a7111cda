// Look-ahead into the query: whether a field below the one being resolved is selected, so a
// list can bring its rows' related objects in the same round trip instead of one more per
// nesting level. The answer only chooses what to fetch; it never changes what is returned.

import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { StatementIncludes } from '../../store/repo/statement-query';

type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

function selectsIn(
  selectionSet: SelectionSetNode | undefined,
  path: readonly string[],
  info: SelectionInfo,
): boolean {
  if (!selectionSet) return false;
  if (path.length === 0) return true;
  const [name, ...rest] = path;
  return selectionSet.selections.some((selection) => {
    // @skip / @include are not evaluated: fetching for a skipped field costs a little, never correctness.
    if (selection.kind === Kind.FIELD) {
      return selection.name.value === name && selectsIn(selection.selectionSet, rest, info);
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsIn(selection.selectionSet, path, info);
    return selectsIn(info.fragments[selection.name.value]?.selectionSet, path, info);
  });
}

/** Whether any of the current field's nodes selects `path` (field names, aliases ignored). */
export function selects(info: SelectionInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => selectsIn(node.selectionSet, path, info));
}

/** The related objects a StatementConnection's selection will ask for. */
export function statementIncludes(info: SelectionInfo): StatementIncludes {
  const includes: StatementIncludes = {};
  if (selects(info, ['edges', 'node', 'speaker'])) includes.speaker = true;
  if (selects(info, ['edges', 'node', 'source'])) includes.source = true;
  if (selects(info, ['edges', 'node', 'source', 'outlet'])) includes.outlet = true;
  return includes;
}

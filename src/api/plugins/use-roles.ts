import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { UnauthenticatedError } from '../../domain/errors';
import type { Caller } from '../auth/credentials';
import { hasRole, highestRole, type RoleRequirements, refusal, requiredRoleFor } from '../auth/roles';
import { toGraphQLError } from '../errors';

export interface RolesOptions {
  schema: GraphQLSchema;
  requirements: RoleRequirements;
  /** queries need a reader credential too */
  requireReadKey: boolean;
}

/** Names of the root fields an operation selects, through fragments, ignoring @skip/@include. */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  names.delete('__typename');
  return [...names];
}

/** What onExecute and onSubscribe both hand a plugin: the operation, and a way to refuse it. */
type ExecutionStage = Pick<
  Parameters<NonNullable<Plugin['onExecute']>>[0],
  'args' | 'setResultAndStopExecution'
>;

/**
 * Checks the caller's role against every root field of the operation before anything runs,
 * so a mutation document is executed entirely or not at all. A presented credential that is
 * not valid is refused even for open reads: a client with a typo should hear about it.
 */
export function useRoles({ schema, requirements, requireReadKey }: RolesOptions): Plugin {
  const check = ({ args, setResultAndStopExecution }: ExecutionStage) => {
    const caller = (args.contextValue as { caller?: Caller }).caller;
    if (!caller || caller.invalid) {
      // Say that a credential came and was refused: a saved key from another server or
      // data folder, or a typo, should not look like "no key sent".
      const refused = new UnauthenticatedError(
        'The API key or token sent was not accepted (unknown key, bad signature or expired token). ' +
          'A development server prints its admin key when it starts; reads need no key unless CLAIMGRAPH_REQUIRE_READ_KEY is set.',
      );
      setResultAndStopExecution({
        errors: [toGraphQLError(caller?.invalid ? refused : new UnauthenticatedError())],
      });
      return;
    }
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return;
    const rootType = schema.getRootType(operation.operation);
    if (!rootType) return;
    const required = highestRole(
      rootFields(args.document, operation).flatMap((field) => {
        const role = requiredRoleFor(requirements, operation.operation, rootType.name, field, requireReadKey);
        return role ? [role] : [];
      }),
    );
    if (required && !hasRole(caller.role, required)) {
      setResultAndStopExecution({ errors: [toGraphQLError(refusal(caller, required))] });
    }
  };
  // Subscriptions are checked as they start, as operations are before they run.
  return { onExecute: check, onSubscribe: check };
}

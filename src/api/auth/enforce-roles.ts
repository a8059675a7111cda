// A second line behind the useRoles plugin: each Mutation resolver checks the caller's role
// itself, so a path that skipped the plugin still could not write.

import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { toGraphQLError } from '../errors';
import type { Caller } from './credentials';
import { hasRole, type RoleRequirements, refusal, requiredRoleFor } from './roles';

export function enforceMutationRoles(schema: GraphQLSchema, requirements: RoleRequirements): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const field of Object.values(mutation.getFields())) {
    const required = requiredRoleFor(requirements, 'mutation', mutation.name, field.name, false) ?? 'EDITOR';
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: { caller?: Caller }, info) => {
      const caller = context.caller;
      if (!caller || caller.invalid || !hasRole(caller.role, required)) {
        throw toGraphQLError(refusal(caller ?? { role: undefined }, required));
      }
      return resolve(source, args, context, info);
    };
  }
  return schema;
}

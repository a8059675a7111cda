// Roles are ordered: an admin may do what an editor may, an editor what a reader may.
// Which role a field needs is read once from the schema's @requiresRole directives.

import { type GraphQLField, type GraphQLSchema, isObjectType, Kind } from 'graphql';
import { type ClaimgraphError, ForbiddenError, UnauthenticatedError } from '../../domain/errors';

export const ROLES = ['READER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasRole(granted: Role | undefined, required: Role): boolean {
  return granted !== undefined && ROLES.indexOf(granted) >= ROLES.indexOf(required);
}

export function highestRole(roles: readonly Role[]): Role | undefined {
  return roles.reduce<Role | undefined>(
    (best, role) => (best === undefined || ROLES.indexOf(role) > ROLES.indexOf(best) ? role : best),
    undefined,
  );
}

/** `Type.field` -> the role its @requiresRole names. */
export type RoleRequirements = ReadonlyMap<string, Role>;

export function roleRequirements(schema: GraphQLSchema): RoleRequirements {
  const requirements = new Map<string, Role>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values<GraphQLField<unknown, unknown>>(type.getFields())) {
      const directive = field.astNode?.directives?.find((d) => d.name.value === 'requiresRole');
      const argument = directive?.arguments?.find((a) => a.name.value === 'role');
      if (argument?.value.kind === Kind.ENUM && isRole(argument.value.value)) {
        requirements.set(`${type.name}.${field.name}`, argument.value.value);
      }
    }
  }
  return requirements;
}

/**
 * The role a root field needs. Every mutation needs at least EDITOR whether or not its SDL
 * says so, so a mutation added without the directive is closed, not open.
 */
export function requiredRoleFor(
  requirements: RoleRequirements,
  operation: 'query' | 'mutation' | 'subscription',
  typeName: string,
  fieldName: string,
  requireReadKey: boolean,
): Role | undefined {
  const declared = requirements.get(`${typeName}.${fieldName}`);
  // A subscription is a read: it changes nothing, and needs a key only when reads do.
  const floor: Role | undefined = operation === 'mutation' ? 'EDITOR' : requireReadKey ? 'READER' : undefined;
  if (declared === undefined) return floor;
  if (floor === undefined) return declared;
  return highestRole([declared, floor]);
}

/** The error for a caller below `required`: no valid credential (401) or too low a role (403). */
export function refusal(caller: { role: Role | undefined }, required: Role): ClaimgraphError {
  return caller.role === undefined ? new UnauthenticatedError() : new ForbiddenError(required);
}

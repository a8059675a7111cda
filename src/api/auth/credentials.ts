// Who is calling: an API key (Authorization: Bearer <key> or x-api-key: <key>) or a JWT
// (Authorization: Bearer <jwt>) verified with jose against the configured secret or JWKS.

import { createHash, timingSafeEqual } from 'node:crypto';
import type { AuthConfig } from '../../platform/config';
import { type JwtKeySet, jose } from './jose';
import { highestRole, isRole, type Role } from './roles';

export interface Caller {
  /** undefined: anonymous, or a credential that failed */
  role: Role | undefined;
  /** a credential was presented and is not valid: the request is refused whatever it asks */
  invalid: boolean;
  /** how the caller authenticated, for logs */
  via: 'anonymous' | 'api-key' | 'jwt' | 'dev-open-writes';
}

export type Authenticate = (headers: Headers) => Promise<Caller>;

const ANONYMOUS: Caller = { role: undefined, invalid: false, via: 'anonymous' };
const INVALID: Caller = { role: undefined, invalid: true, via: 'anonymous' };
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares against every key without stopping early, so timing tells nothing about them. */
function matchesAny(candidate: Buffer, keys: readonly Buffer[]): boolean {
  let matched = false;
  for (const key of keys) matched = timingSafeEqual(candidate, key) || matched;
  return matched;
}

function rolesFromClaims(payload: Record<string, unknown>): Role[] {
  const claimed = [payload.role, ...(Array.isArray(payload.roles) ? payload.roles : [])];
  return claimed.map((value) => (typeof value === 'string' ? value.toUpperCase() : value)).filter(isRole);
}

function presentedCredential(headers: Headers): string | undefined {
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    // A malformed Authorization header is an invalid credential, not an anonymous call.
    return match?.[1] ?? '';
  }
  const apiKey = headers.get('x-api-key');
  return apiKey === null ? undefined : apiKey.trim();
}

export function createAuthenticator(config: AuthConfig): Authenticate {
  const keyRoles: Array<[Role, Buffer[]]> = [
    ['ADMIN', config.adminKeys.map(digest)],
    ['EDITOR', config.editorKeys.map(digest)],
    ['READER', config.readerKeys.map(digest)],
  ];
  const jwtKey: Uint8Array | JwtKeySet | undefined = config.jwtSecret
    ? new TextEncoder().encode(config.jwtSecret)
    : config.jwksUrl
      ? jose.createRemoteJWKSet(new URL(config.jwksUrl))
      : undefined;
  const anonymous: Caller = config.devOpenWrites
    ? { role: 'ADMIN', invalid: false, via: 'dev-open-writes' }
    : ANONYMOUS;

  async function verifyJwt(token: string): Promise<Caller> {
    if (jwtKey === undefined) return INVALID;
    try {
      const options = {
        ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
        ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
      };
      const { payload } =
        jwtKey instanceof Uint8Array
          ? await jose.jwtVerify(token, jwtKey, { ...options, algorithms: ['HS256', 'HS384', 'HS512'] })
          : await jose.jwtVerify(token, jwtKey, options);
      const role = highestRole(rolesFromClaims(payload));
      return role ? { role, invalid: false, via: 'jwt' } : INVALID;
    } catch {
      return INVALID;
    }
  }

  return async (headers) => {
    const credential = presentedCredential(headers);
    if (credential === undefined) return anonymous;
    if (credential === '') return INVALID;
    const candidate = digest(credential);
    for (const [role, keys] of keyRoles) {
      if (matchesAny(candidate, keys)) return { role, invalid: false, via: 'api-key' };
    }
    return JWT_SHAPE.test(credential) ? verifyJwt(credential) : INVALID;
  };
}

/** True when some credential can reach the editor or admin role. */
export function writersConfigured(config: AuthConfig): boolean {
  return (
    config.editorKeys.length > 0 ||
    config.adminKeys.length > 0 ||
    config.jwtSecret !== undefined ||
    config.jwksUrl !== undefined ||
    config.devOpenWrites
  );
}

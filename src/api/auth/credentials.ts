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
  /** who the audit trail says made a change: the key's name, `jwt:` and the token's subject */
  principal: string;
}

export type Authenticate = (headers: Headers) => Promise<Caller>;

const ANONYMOUS: Caller = { role: undefined, invalid: false, via: 'anonymous', principal: 'anonymous' };
const INVALID: Caller = { role: undefined, invalid: true, via: 'anonymous', principal: 'anonymous' };
// A configured key may carry a name for the audit trail: `alice:<secret>`.
const NAMED_KEY = /^([A-Za-z0-9][A-Za-z0-9._-]{0,63}):(.+)$/;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

interface ConfiguredKey {
  name: string;
  digest: Buffer;
}

/** `name:secret` names the key; an unnamed one is known by its role and a digest prefix. */
function configuredKey(role: string, configured: string): ConfiguredKey {
  const named = NAMED_KEY.exec(configured);
  const secret = named ? (named[2] as string) : configured;
  const secretDigest = digest(secret);
  return {
    name: named ? (named[1] as string) : `${role}-key-${secretDigest.toString('hex').slice(0, 8)}`,
    digest: secretDigest,
  };
}

/** Compares against every key without stopping early, so timing tells nothing about them. */
function matchingName(candidate: Buffer, keys: readonly ConfiguredKey[]): string | undefined {
  let matched: string | undefined;
  for (const key of keys)
    if (timingSafeEqual(candidate, key.digest) && matched === undefined) matched = key.name;
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
  const keyRoles: Array<[Role, ConfiguredKey[]]> = [
    ['ADMIN', config.adminKeys.map((key) => configuredKey('admin', key))],
    ['EDITOR', config.editorKeys.map((key) => configuredKey('editor', key))],
    ['READER', config.readerKeys.map((key) => configuredKey('reader', key))],
  ];
  const jwtKey: Uint8Array | JwtKeySet | undefined = config.jwtSecret
    ? new TextEncoder().encode(config.jwtSecret)
    : config.jwksUrl
      ? jose.createRemoteJWKSet(new URL(config.jwksUrl))
      : undefined;
  const anonymous: Caller = config.devOpenWrites
    ? { role: 'ADMIN', invalid: false, via: 'dev-open-writes', principal: 'dev-open-writes' }
    : ANONYMOUS;

  async function verifyJwt(token: string): Promise<Caller> {
    if (jwtKey === undefined) return INVALID;
    try {
      // A token must end: it carries `exp`, or, when a maximum age is configured, an `iat`
      // no older than that.
      const options = {
        ...(config.jwtIssuer ? { issuer: config.jwtIssuer } : {}),
        ...(config.jwtAudience ? { audience: config.jwtAudience } : {}),
        ...(config.jwtMaxAgeSeconds === undefined
          ? { requiredClaims: ['exp'] }
          : { maxTokenAge: config.jwtMaxAgeSeconds, requiredClaims: ['iat'] }),
      };
      const { payload } =
        jwtKey instanceof Uint8Array
          ? await jose.jwtVerify(token, jwtKey, { ...options, algorithms: ['HS256', 'HS384', 'HS512'] })
          : await jose.jwtVerify(token, jwtKey, options);
      const role = highestRole(rolesFromClaims(payload));
      const subject = typeof payload.sub === 'string' && payload.sub !== '' ? payload.sub : 'unnamed';
      return role ? { role, invalid: false, via: 'jwt', principal: `jwt:${subject.slice(0, 200)}` } : INVALID;
    } catch {
      return INVALID;
    }
  }

  async function identify(headers: Headers): Promise<Caller> {
    const credential = presentedCredential(headers);
    if (credential === undefined) return anonymous;
    if (credential === '') return INVALID;
    const candidate = digest(credential);
    for (const [role, keys] of keyRoles) {
      const name = matchingName(candidate, keys);
      if (name !== undefined) return { role, invalid: false, via: 'api-key', principal: name };
    }
    return JWT_SHAPE.test(credential) ? verifyJwt(credential) : INVALID;
  }

  // Several stages of one request ask who is calling (the rate limit, an export, the GraphQL
  // context): the credential is checked once per request, a JWT verified once.
  const identified = new WeakMap<Headers, Promise<Caller>>();
  return (headers) => {
    let caller = identified.get(headers);
    if (!caller) {
      caller = identify(headers);
      identified.set(headers, caller);
    }
    return caller;
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

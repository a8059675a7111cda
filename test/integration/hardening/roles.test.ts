// Reads are open, every mutation needs an editor credential and mergeActors an admin one.
// The mutations are taken from the schema itself, so a mutation added later is covered too.

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  execute,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
} from 'graphql';
import { withDevKey } from '../../../src/api/auth/dev-key';
import { jose } from '../../../src/api/auth/jose';
import { loadConfig } from '../../../src/platform/config';
import { silentLogger } from '../../../src/platform/logger';
import { graphChecksum } from '../../support/graph-state';
import { type Harness, openHarness, TEST_JWT_SECRET, TEST_KEYS, type TestRole } from '../../support/harness';

const SignJWT = (require('jose') as { SignJWT: new (payload: Record<string, unknown>) => JwtBuilder })
  .SignJWT;
interface JwtBuilder {
  setProtectedHeader(header: { alg: string }): JwtBuilder;
  setExpirationTime(time: string | number): JwtBuilder;
  setIssuedAt(): JwtBuilder;
  sign(key: Uint8Array): Promise<string>;
}

function jwt(payload: Record<string, unknown>, secret = TEST_JWT_SECRET, expires: string | number = '5m') {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
}

/** A value of the input type that passes GraphQL's own validation (the resolvers never see it). */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType as GraphQLInputType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(type)) {
    return {
      ID: 'roles-test:missing',
      String: 'roles test',
      Int: 1,
      Float: 0.5,
      Boolean: true,
      Date: '2019-03-14',
    }[type.name];
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** Selects the field's scalars (or __typename) so the document is valid whatever it returns. */
function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
}

function mutationDocument(name: string, args: readonly GraphQLArgument[], returns: GraphQLOutputType) {
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    query: `mutation Attempt${declarations ? `(${declarations})` : ''} { ${name}${passing ? `(${passing})` : ''} ${selection(returns)} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
}

describe('roles', () => {
  let harness: Harness;
  let before: string;

  beforeAll(async () => {
    harness = openHarness();
    before = await graphChecksum(harness.db);
  });
  afterAll(async () => {
    expect(await graphChecksum(harness.db)).toBe(before);
    await harness.close();
  });

  const mutationFields = () => {
    const mutation = (harness.server.getEnveloped().schema as GraphQLSchema).getMutationType();
    return mutation ? Object.values<GraphQLField<unknown, unknown>>(mutation.getFields()) : [];
  };

  it('lists every mutation of the schema (at least the six known ones)', () => {
    expect(mutationFields().map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'ping',
        'upsertActor',
        'upsertSource',
        'recordStatement',
        'relateClaims',
        'mergeActors',
      ]),
    );
  });

  it.each<[TestRole, string]>([
    ['anonymous', 'UNAUTHENTICATED'],
    ['reader', 'FORBIDDEN'],
  ])('refuses every mutation to a %s client and leaves the graph unchanged', async (role, code) => {
    for (const field of mutationFields()) {
      const { query, variables } = mutationDocument(field.name, field.args, field.type);
      const response = await harness.gql(query, variables, { role });
      expect({ field: field.name, codes: response.errors?.map((e) => e.extensions?.code) }).toEqual({
        field: field.name,
        codes: [code],
      });
      expect(response.data ?? null).toBeNull();
      expect(response.queries).toEqual([]);
      expect(await graphChecksum(harness.db)).toBe(before);
    }
  });

  it('refuses a mutation hidden in fragments, behind @skip, under an alias or in a batch', async () => {
    const documents = [
      'mutation { ...M } fragment M on Mutation { ... on Mutation { ping } }',
      'mutation { ping @skip(if: true) x: __typename }',
      'mutation { alias: ping }',
    ];
    for (const query of documents) {
      const response = await harness.gql(query, {}, { role: 'reader' });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const batch = await harness.server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEYS.reader}` },
      body: JSON.stringify([{ query: '{ apiVersion }' }, { query: 'mutation { ping }' }]),
    });
    const results = (await batch.json()) as Array<{
      data?: unknown;
      errors?: Array<{ extensions: { code: string } }>;
    }>;
    expect(results[0]?.data).toEqual({ apiVersion: expect.any(String) });
    expect(results[1]?.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('checks the role again in each mutation resolver, behind the plugin', async () => {
    const schema = harness.server.getEnveloped().schema as GraphQLSchema;
    const result = await execute({
      schema,
      document: parse('mutation { ping }'),
      contextValue: { caller: { role: 'READER', invalid: false, via: 'api-key' } },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses mutations over GET', async () => {
    const response = await harness.server.fetch(
      `http://claimgraph.test/graphql?query=${encodeURIComponent('mutation { ping }')}`,
      { headers: { accept: 'application/json', authorization: `Bearer ${TEST_KEYS.admin}` } },
    );
    expect(response.status).toBe(405);
  });

  it('lets an editor write and keeps mergeActors for admins', async () => {
    expect((await harness.gql('mutation { ping }', {}, { role: 'editor' })).data).toEqual({ ping: true });
    const merge = 'mutation { mergeActors(keepId: "roles-test:a", mergeId: "roles-test:b") { mergedId } }';
    const asEditor = await harness.gql(merge, {}, { role: 'editor' });
    expect(asEditor.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ADMIN' });
    // An admin gets past the role check to the mutation's own validation.
    const asAdmin = await harness.gql(merge, {}, { role: 'admin' });
    expect(asAdmin.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('reads the requirement from @requiresRole in the SDL', () => {
    for (const field of mutationFields()) {
      const directive = field.astNode?.directives?.find((d) => d.name.value === 'requiresRole');
      expect({ field: field.name, annotated: directive !== undefined }).toEqual({
        field: field.name,
        annotated: true,
      });
    }
  });

  it('keeps reads open to anonymous clients by default', async () => {
    const response = await harness.gql('{ actor(name: "Stotlenberg") { name } }', {}, { role: 'anonymous' });
    expect(response.data).toEqual({ actor: { name: 'Jens Stoltenberg' } });
  });

  it('accepts the key as x-api-key too', async () => {
    const response = await harness.gql(
      'mutation { ping }',
      {},
      { role: 'anonymous', headers: { 'x-api-key': TEST_KEYS.editor } },
    );
    expect(response.data).toEqual({ ping: true });
  });

  it('refuses an unknown or malformed credential, even for a read', async () => {
    for (const authorization of [
      'Bearer not-a-key',
      'Basic dXNlcjpwYXNz',
      'Bearer',
      `Bearer ${TEST_KEYS.editor}x`,
    ]) {
      const response = await harness.gql(
        '{ apiVersion }',
        {},
        { role: 'anonymous', headers: { authorization } },
      );
      expect({
        authorization,
        code: response.errors?.[0]?.extensions?.code,
        status: response.status,
      }).toEqual({
        authorization,
        code: 'UNAUTHENTICATED',
        status: 401,
      });
      // Issue 17, finding 7: a refused credential said nothing of having been refused.
      expect(response.errors?.[0]?.message).toContain('was not accepted');
    }
  });

  it('accepts JWTs signed with the configured secret, with the role from the role claim', async () => {
    const editor = await jwt({ role: 'editor', sub: 'alice' });
    expect(
      (
        await harness.gql(
          'mutation { ping }',
          {},
          { role: 'anonymous', headers: { authorization: `Bearer ${editor}` } },
        )
      ).data,
    ).toEqual({ ping: true });

    const reader = await jwt({ roles: ['reader'] });
    const forbidden = await harness.gql(
      'mutation { ping }',
      {},
      { role: 'anonymous', headers: { authorization: `Bearer ${reader}` } },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    for (const token of [
      await jwt({ role: 'admin' }, 'another-secret-another-secret-0123'),
      await jwt({ role: 'admin' }, TEST_JWT_SECRET, Math.floor(Date.now() / 1000) - 60),
      await jwt({ sub: 'no role' }),
    ]) {
      const refused = await harness.gql(
        'mutation { ping }',
        {},
        { role: 'anonymous', headers: { authorization: `Bearer ${token}` } },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(typeof jose.jwtVerify).toBe('function');
  });

  // Issue 18, finding 9: a JWT with no exp was accepted and never expired.
  it('refuses a JWT that never expires, unless a maximum age bounds it from its iat', async () => {
    // No setExpirationTime: these tokens carry no exp.
    const sign = (payload: Record<string, unknown>, iat = Math.floor(Date.now() / 1000)) =>
      new SignJWT({ ...payload, iat })
        .setProtectedHeader({ alg: 'HS256' })
        .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const ping = (target: Harness, token: string) =>
      target.gql(
        'mutation { ping }',
        {},
        { role: 'anonymous', headers: { authorization: `Bearer ${token}` } },
      );
    const endless = await sign({ role: 'editor', sub: 'forever' });
    expect((await ping(harness, endless)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const bounded = openHarness({ auth: { ...harness.config.auth, jwtMaxAgeSeconds: 3600 } });
    try {
      expect((await ping(bounded, endless)).data).toEqual({ ping: true });
      const old = await sign({ role: 'editor', sub: 'old' }, Math.floor(Date.now() / 1000) - 7200);
      expect((await ping(bounded, old)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await bounded.close();
    }
    expect(loadConfig({ CLAIMGRAPH_JWT_MAX_AGE_SECONDS: '600' }).auth.jwtMaxAgeSeconds).toBe(600);
    expect(loadConfig({}).auth.jwtMaxAgeSeconds).toBeUndefined();
  });

  it('requires a reader credential for reads when CLAIMGRAPH_REQUIRE_READ_KEY=true', async () => {
    const closed = openHarness({ auth: { ...harness.config.auth, requireReadKey: true } });
    try {
      const anonymous = await closed.gql('{ apiVersion }', {}, { role: 'anonymous' });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const introspection = await closed.gql(
        '{ __schema { queryType { name } } }',
        {},
        { role: 'anonymous' },
      );
      expect(introspection.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await closed.gql('{ apiVersion }', {}, { role: 'reader' })).data).toEqual({
        apiVersion: expect.any(String),
      });
    } finally {
      await closed.close();
    }
  });

  it('opens writes to everyone only with CLAIMGRAPH_DEV_OPEN_WRITES=true, never in production', async () => {
    const open = openHarness({ auth: { ...harness.config.auth, devOpenWrites: true } });
    try {
      expect((await open.gql('mutation { ping }', {}, { role: 'anonymous' })).data).toEqual({ ping: true });
    } finally {
      await open.close();
    }
    expect(() => loadConfig({ NODE_ENV: 'production', CLAIMGRAPH_DEV_OPEN_WRITES: 'true' })).toThrow(
      'refused',
    );
  });

  it('generates a dev admin key when no credential is configured, outside production only', () => {
    const home = mkdtempSync(join(tmpdir(), 'claimgraph-dev-key-'));
    const dev = withDevKey(loadConfig({ NEO4J_HOME: home }), silentLogger);
    expect(dev.auth.adminKeys).toEqual([expect.stringMatching(/^dev-admin:dev-[\w-]{20,}$/)]);
    // Issue 17, finding 7: the key changed at every restart, so a saved key got 401.
    expect(withDevKey(loadConfig({ NEO4J_HOME: home }), silentLogger).auth.adminKeys).toEqual(
      dev.auth.adminKeys,
    );
    expect(statSync(join(home, 'claimgraph-dev-admin-key')).mode & 0o777).toBe(0o600);
    const other = mkdtempSync(join(tmpdir(), 'claimgraph-dev-key-'));
    expect(withDevKey(loadConfig({ NEO4J_HOME: other }), silentLogger).auth.adminKeys).not.toEqual(
      dev.auth.adminKeys,
    );
    rmSync(home, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
    const production = withDevKey(loadConfig({ NODE_ENV: 'production' }), silentLogger);
    expect(production.auth.adminKeys).toEqual([]);
    const configured = withDevKey(loadConfig({ CLAIMGRAPH_EDITOR_KEYS: 'a, b' }), silentLogger);
    expect(configured.auth).toMatchObject({ editorKeys: ['a', 'b'], adminKeys: [] });
  });
});

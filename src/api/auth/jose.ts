// jose is ESM-only. Node 20.19+ loads it with require() (Jest through its transform in
// jest.config.js), but TypeScript under module node16 refuses a static import of an ES module
// from CommonJS, and Biome cannot parse the resolution-mode escape hatch; so the two
// functions claimgraph uses are typed here.

export interface JwtVerifyOptions {
  issuer?: string;
  audience?: string;
  algorithms?: string[];
}

export type JwtKeySet = (protectedHeader: unknown, token: unknown) => Promise<unknown>;

export interface Jose {
  jwtVerify(
    jwt: string,
    key: Uint8Array | JwtKeySet,
    options?: JwtVerifyOptions,
  ): Promise<{ payload: Record<string, unknown> }>;
  createRemoteJWKSet(url: URL): JwtKeySet;
}

export const jose = require('jose') as Jose;

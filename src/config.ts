// All configuration comes from the environment, read once here. See the README's table.

export interface Neo4jConfig {
  /** undefined: claimgraph starts and uses its own local Neo4j */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  /** Bolt port of the local Neo4j (only when uri is undefined) */
  localPort: number;
  /** data directory of the local Neo4j; default <repo>/.neo4j */
  localHome: string | undefined;
}

export interface AppConfig {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
  /** seed the founding article into an empty graph at start-up */
  seedOnStart: boolean;
  production: boolean;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got ${JSON.stringify(raw)}`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const uri = env.NEO4J_URI?.trim() || undefined;
  return {
    port: intFromEnv(env, 'PORT', 4000),
    host: env.HOST?.trim() || '127.0.0.1',
    neo4j: {
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE?.trim() || 'neo4j',
      localPort: intFromEnv(env, 'NEO4J_PORT', 7687),
      localHome: env.NEO4J_HOME?.trim() || undefined,
    },
    seedOnStart: env.SEED_ON_START !== 'false',
    production: env.NODE_ENV === 'production',
  };
}

/** The Bolt URI to connect to: the configured server, or the local one. */
export function boltUri(config: Neo4jConfig): string {
  return config.uri ?? `bolt://127.0.0.1:${config.localPort}`;
}

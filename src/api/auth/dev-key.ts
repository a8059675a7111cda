import type { AppConfig } from '../../platform/config';
import { devKeyPath, stableDevKey } from '../../platform/dev-key-file';
import type { Logger } from '../../platform/logger';
import { writersConfigured } from './credentials';

/**
 * Outside production, a server started with no editor or admin credential gets an admin key,
 * printed at start, so a developer can write without configuring anything and without
 * mutations ever being open. The key is kept beside the data folder (src/platform/
 * dev-key-file.ts): the same data keeps the same key across restarts. In production nothing is
 * generated: mutations stay closed.
 */
export function withDevKey(config: AppConfig, log: Logger): AppConfig {
  if (writersConfigured(config.auth)) return config;
  if (config.production) {
    log.warn(
      'No editor or admin credential is configured (CLAIMGRAPH_EDITOR_KEYS, CLAIMGRAPH_ADMIN_KEYS, ' +
        'CLAIMGRAPH_JWT_SECRET, CLAIMGRAPH_JWKS_URL): every mutation will be refused.',
    );
    return config;
  }
  const { key, created } = stableDevKey(config.neo4j.localHome);
  log.info(
    `No API keys configured: the development admin key is ${key} ` +
      `(${created ? 'new, ' : ''}kept in ${devKeyPath(config.neo4j.localHome)} for this data; ` +
      `send "Authorization: Bearer ${key}"; set CLAIMGRAPH_ADMIN_KEYS to choose your own).`,
  );
  return { ...config, auth: { ...config.auth, adminKeys: [`dev-admin:${key}`] } };
}

import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../../platform/config';
import type { Logger } from '../../platform/logger';
import { writersConfigured } from './credentials';

/**
 * Outside production, a server started with no editor or admin credential gets a random admin
 * key for this run, printed once, so a developer can write without configuring anything and
 * without mutations ever being open. In production nothing is generated: mutations stay closed.
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
  const key = `dev-${randomBytes(18).toString('base64url')}`;
  log.info(
    `No API keys configured: this run's admin key is ${key} ` +
      `(send "Authorization: Bearer ${key}"; set CLAIMGRAPH_ADMIN_KEYS to choose your own).`,
  );
  return { ...config, auth: { ...config.auth, adminKeys: [key] } };
}

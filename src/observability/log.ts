// The server's structured log: pino, JSON lines on stdout, level from LOG_LEVEL.

import pino from 'pino';
import type { ObservabilityConfig } from '../config';

export type RequestLogger = pino.Logger;

export function createRequestLogger(config: Pick<ObservabilityConfig, 'logLevel'>): RequestLogger {
  return pino({ level: config.logLevel, base: { service: 'claimgraph' } });
}

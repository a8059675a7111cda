// A pino logger that keeps its lines in memory, for tests that check what the server logs.

import pino from 'pino';

export interface CapturedLogs {
  logger: pino.Logger;
  lines: Array<Record<string, unknown>>;
}

export function captureLogs(level = 'debug'): CapturedLogs {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level },
    {
      write(line: string) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  );
  return { logger, lines };
}

// What must never reach a client, and the codes a client may see.

import { RequestErrorCode } from '../../src/api/plugins/use-error-codes';
import { ErrorCode } from '../../src/domain/errors';

/** What must never reach a client. */
export const LEAK = new RegExp(
  [
    'neo4j',
    '\\bMATCH\\b',
    '\\bRETURN\\b',
    'cypher',
    '\\bat [\\w.<>$]+ \\(',
    '\\bstack\\b',
    '\\.ts:\\d+',
    'node_modules',
    '\\d+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:\\d+',
    'originalError',
  ].join('|'),
  'i',
);

export const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  ...Object.values(RequestErrorCode),
  'INTERNAL_SERVER_ERROR',
  'OPERATION_RESOLUTION_FAILURE',
]);

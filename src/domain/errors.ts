// Expected errors: each carries a stable code that callers branch on (the API sends it as
// extensions.code, the CLI prints it). They know nothing of GraphQL or HTTP: the API maps
// them in one place (src/api/errors.ts). Anything else is unexpected and the API masks it.

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUEUE_UNAVAILABLE: 'QUEUE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class ClaimgraphError extends Error {
  /**
   * @param details what a caller may need to act on the error (the offending field and
   * value, the limit broken); sent beside the code.
   */
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input broke the contract; `field` names the offending argument and `value` echoes it. */
export class BadUserInputError extends ClaimgraphError {
  constructor(message: string, field?: string, value?: unknown) {
    super(message, ErrorCode.BAD_USER_INPUT, {
      ...(field === undefined ? {} : { field }),
      ...(value === undefined ? {} : { value }),
    });
  }
}

export class NotFoundError extends ClaimgraphError {
  constructor(what: string, id: string, field?: string) {
    super(`${what} ${JSON.stringify(id)} does not exist`, ErrorCode.NOT_FOUND, {
      ...(field === undefined ? {} : { field }),
      id,
    });
  }
}

/** The write would contradict what is stored; `details` names the field and the stored value. */
export class ConflictError extends ClaimgraphError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, ErrorCode.CONFLICT, details);
  }
}

export class DatabaseUnavailableError extends ClaimgraphError {
  constructor() {
    super('The database is unavailable; try again shortly', ErrorCode.DATABASE_UNAVAILABLE);
  }
}

/** No credential, or one that is not valid (unknown key, bad signature, expired token). */
export class UnauthenticatedError extends ClaimgraphError {
  constructor(message = 'A valid API key or token is required for this operation') {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

/** A valid credential whose role is below what the operation needs. */
export class ForbiddenError extends ClaimgraphError {
  constructor(required: string) {
    super(`This operation requires the ${required} role`, ErrorCode.FORBIDDEN, { requiredRole: required });
  }
}

/** The operation breaks a limit (depth, cost, aliases, tokens, directives, batch size). */
export class QueryTooComplexError extends ClaimgraphError {
  constructor(message: string, limit: string) {
    super(message, ErrorCode.QUERY_TOO_COMPLEX, { limit });
  }
}

/** The response would exceed the size budget; nothing of it is sent. */
export class ResponseTooLargeError extends ClaimgraphError {
  constructor(maxBytes: number) {
    super(
      `The response would exceed ${maxBytes} bytes (maxResponseBytes); ask for smaller pages or fewer fields`,
      ErrorCode.RESPONSE_TOO_LARGE,
      { limit: 'maxResponseBytes', maxBytes },
    );
  }
}

/** Too many of a costly kind of request at once (exports); the caller may retry later. */
export class TooManyRequestsError extends ClaimgraphError {
  constructor(message: string, limit: number) {
    super(message, ErrorCode.TOO_MANY_REQUESTS, { limit });
  }
}

/** A transaction ran past its deadline and Neo4j terminated it; nothing it wrote was kept. */
export class QueryTimeoutError extends ClaimgraphError {
  constructor() {
    super(
      'The query ran past its time limit and was stopped; ask for less (smaller pages, narrower filters)',
      ErrorCode.QUERY_TIMEOUT,
    );
  }
}

/** The ingest queue is not configured (no CLAIMGRAPH_REDIS_URL) or Redis cannot be reached. */
export class QueueUnavailableError extends ClaimgraphError {
  constructor(message: string) {
    super(message, ErrorCode.QUEUE_UNAVAILABLE);
  }
}

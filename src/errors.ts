import { GraphQLError } from "graphql";

/** Every `extensions.code` the API sends. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  QUERY_TIMEOUT: "QUERY_TIMEOUT",
  BAD_REQUEST: "BAD_REQUEST",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base of the errors clients may see as they are (formatError passes them through). */
export class ApiError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class NotFoundError extends ApiError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" not found`, ErrorCode.NOT_FOUND, { id });
  }
}

/** Bad input; `field` names the argument or input field concerned. */
export class BadUserInputError extends ApiError {
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, ErrorCode.BAD_USER_INPUT, { field });
  }
}

export class ServiceUnavailableError extends ApiError {
  constructor(message = "The graph database is not reachable; try again shortly.") {
    super(message, ErrorCode.SERVICE_UNAVAILABLE);
  }
}

/** COMMIT was sent and no answer came (the connection was lost, or the deadline passed): the write may or may not be stored. */
export class CommitOutcomeUnknownError extends ServiceUnavailableError {
  constructor() {
    super(
      "The connection to the graph database was lost while the write was being committed: it may or may not have been saved. Read it back, or send it again (creates are idempotent on their id).",
    );
  }
}

export class QueryTimeoutError extends ApiError {
  constructor(timeoutMs: number) {
    super(`The query ran longer than ${timeoutMs} ms and was stopped.`, ErrorCode.QUERY_TIMEOUT);
  }
}

/** No valid token where one is needed (a missing, malformed, expired or wrongly signed bearer token). */
export class UnauthenticatedError extends ApiError {
  constructor(message = "A valid bearer token is required.") {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

/** A valid token without the role the operation needs. */
export class ForbiddenError extends ApiError {
  constructor(role: string) {
    super(`This operation needs the ${role} role.`, ErrorCode.FORBIDDEN);
  }
}

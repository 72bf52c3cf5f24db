import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApiError, ErrorCode } from "../errors";
import type { Logger } from "../logger";

/** Codes graphql-js, Apollo and TypeGraphQL produce for the client's own mistakes: safe to show. */
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** Faults errorLogPlugin has already logged with their request id. */
export const LOGGED = new WeakSet<object>();

function flatten(
  errors: ValidationErrorLike[],
  prefix = "",
): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Neither one of the API's own errors nor a client mistake: a fault, masked for the client and logged. */
export function isUnexpected(error: unknown, code: unknown): boolean {
  return (
    !(unwrapResolverError(error) instanceof ApiError) &&
    !(typeof code === "string" && CLIENT_CODES.has(code))
  );
}

/**
 * Passes the API's own errors and client mistakes through; masks everything else as
 * INTERNAL_SERVER_ERROR (Apollo does not mask resolver errors itself). Faults in a request are logged
 * with its request id by errorLogPlugin; `logger` logs those that reach here without a request.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ApiError) {
      // formatted.extensions: the error's own, without the `http` status Apollo has already applied.
      return {
        message: formatted.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: formatted.extensions,
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      const validation = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })
        ?.extensions?.validationErrors;
      if (validation?.length) {
        const problems = flatten(validation);
        return {
          message: problems.map((p) => `${p.field}: ${p.message}`).join("; "),
          path: formatted.path,
          locations: formatted.locations,
          extensions: { code: ErrorCode.BAD_USER_INPUT, field: problems[0]?.field, problems },
        };
      }
      const field = formatted.extensions?.field;
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: typeof field === "string" ? { code, field } : { code },
      };
    }
    if (!LOGGED.has(original as object))
      logger.error({ err: original, path: formatted.path }, "unexpected error in GraphQL request");
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

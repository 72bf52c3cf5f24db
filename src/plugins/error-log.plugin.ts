import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { RequestContext } from "../context";
import type { Logger } from "../logger";
import { isUnexpected, LOGGED } from "../http/format-error";

/**
 * Logs each fault of a request (not the client's mistakes, not the API's own errors) once, on the
 * request's logger, so the line carries the request id that the client sees in `x-request-id`.
 */
export function errorLogPlugin(fallback: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            if (!isUnexpected(error, error.extensions?.code)) continue;
            const original = unwrapResolverError(error);
            if (typeof original === "object" && original !== null) LOGGED.add(original);
            (contextValue?.logger ?? fallback).error(
              {
                err: original,
                path: error.path,
                operation: operationName ?? undefined,
                requestId: contextValue?.requestId,
              },
              "unexpected error in GraphQL request",
            );
          }
        },
      };
    },
  };
}

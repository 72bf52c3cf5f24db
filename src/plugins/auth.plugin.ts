import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../context";
import { ApiError, ErrorCode } from "../errors";

export interface AuthPluginOptions {
  /** REQUIRE_AUTH_FOR_READS: queries need a valid token with the viewer or editor role. */
  readonly requireAuthForReads: boolean;
}

/**
 * Rejects, before any resolver runs (so before Neo4j), a request whose bearer token is invalid, and
 * an anonymous query when reads need a token. Mutations are guarded per field by `@Authorized`.
 */
export function authPlugin(options: AuthPluginOptions): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.authError) {
            throw new ApiError(contextValue.authError, ErrorCode.UNAUTHENTICATED, {
              http: { status: 401 },
            });
          }
          if (options.requireAuthForReads && operation?.operation === "query") {
            if (!contextValue.user) {
              throw new ApiError("Reads need a bearer token.", ErrorCode.UNAUTHENTICATED, {
                http: { status: 401 },
              });
            }
            if (contextValue.user.roles.length === 0) {
              throw new ApiError("Reads need the viewer or editor role.", ErrorCode.FORBIDDEN, {
                http: { status: 403 },
              });
            }
          }
        },
      };
    },
  };
}

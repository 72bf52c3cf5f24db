import type { ApolloServerPlugin } from "@apollo/server";
import { ApiError, ErrorCode } from "../errors";

/** Over HTTP a subscription would run once as a query; it is refused with where to send it, before any resolver. */
export function subscriptionsOverWebSocketPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === "subscription") {
            throw new ApiError(
              "Subscriptions run over WebSocket at /graphql (the graphql-ws protocol, graphql-transport-ws)",
              ErrorCode.BAD_REQUEST,
              { http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}

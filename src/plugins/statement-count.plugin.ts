import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../context";

/**
 * Names each request's statements after its GraphQL operation (transaction metadata) and reports how
 * many Cypher statements the request ran in the `x-cypher-statements` response header.
 */
export function statementCountPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName, operation }) {
          contextValue.db.operation = operationName ?? operation?.operation;
        },
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set("x-cypher-statements", String(contextValue.db.statements));
        },
      };
    },
  };
}

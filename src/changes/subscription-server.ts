import type { Server } from "node:http";
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { TokenVerifier } from "../auth/jwt";
import type { Principal } from "../auth/principal";
import type { SubscriptionsConfig } from "../config";
import { ApiError, ErrorCode } from "../errors";
import type { Logger } from "../logger";
import type { ChangeFeed } from "./change-feed";
import type { ChangeFeedMetrics } from "./change-feed.metrics";
import { changedStreams, type SubscriptionContext } from "./changed.subscription";

export interface SubscriptionServerOptions {
  readonly httpServer: Server;
  readonly schema: GraphQLSchema;
  readonly feed: ChangeFeed;
  readonly metrics: ChangeFeedMetrics;
  readonly logger: Logger;
  readonly verifyToken: TokenVerifier;
  /** REQUIRE_AUTH_FOR_READS: a subscription needs a valid token with a role, as a query does. */
  readonly requireAuthForReads: boolean;
  /** The HTTP endpoint's validation rules (depth, aliases, directives, cost). */
  readonly validationRules: readonly ValidationRule[];
  readonly maxTokens: number;
  readonly limits: SubscriptionsConfig;
}

export interface SubscriptionServer {
  /** Closes every WebSocket (1001 Going away) and stops accepting them; for the drain plugin. */
  dispose(): Promise<void>;
}

/** The bearer token from `connection_init`: `{ authorization: "Bearer <token>" }` (or `Authorization`, or `token`). */
function tokenOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const header = params?.authorization ?? params?.Authorization;
  if (typeof header === "string") return header.replace(/^Bearer\s+/i, "");
  return typeof params?.token === "string" ? params.token : undefined;
}

/** Errors as clients may see them: API errors as they are, anything else masked (and logged). */
function masked(errors: readonly GraphQLError[], logger: Logger): GraphQLError[] {
  return errors.map((error) => {
    if (error.originalError instanceof ApiError || error.originalError === undefined) return error;
    logger.error({ err: error.originalError }, "subscription error");
    return new GraphQLError("Internal server error", {
      path: error.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  });
}

/**
 * GraphQL over WebSocket (the `graphql-transport-ws` protocol of graphql-ws) on the HTTP server's port and path
 * `/graphql`, as Apollo Server documents it: a `ws` server, graphql-ws's `useServer`, disposed by the drain plugin.
 * Only subscriptions run here (queries and mutations go over HTTP). Limits: connections per client address and in
 * all, subscriptions per connection, the size of a client's message, a ping every keepAliveMs (a socket that
 * does not answer is closed), and the feed's slow-consumer bound.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { feed, metrics, logger, limits, schema } = options;
  const rules = [...specifiedRules, ...options.validationRules];
  const perAddress = new Map<string, number>();
  let open = 0;
  const refuse = (reason: string) => metrics.rejected.inc({ reason });

  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: "/graphql",
    maxPayload: limits.maxPayloadBytes,
    verifyClient: (info, done) => {
      const address = info.req.socket.remoteAddress ?? "";
      if (open >= limits.maxConnections) {
        refuse("connections");
        return done(false, 503, "Too many WebSocket connections; try again later");
      }
      if ((perAddress.get(address) ?? 0) >= limits.maxConnectionsPerAddress) {
        refuse("connections_per_address");
        return done(false, 429, "Too many WebSocket connections from this address");
      }
      done(true);
    },
  });
  wsServer.on("connection", (socket, request) => {
    const address = request.socket.remoteAddress ?? "";
    open += 1;
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
    metrics.connections.inc();
    socket.once("close", (code) => {
      open -= 1;
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
      metrics.connections.dec();
      if (code === 1009) metrics.disconnects.inc({ reason: "payload_too_large" });
      if (code === 1006) metrics.disconnects.inc({ reason: "abnormal" });
    });
  });

  const cleanup = useServer<Record<string, unknown>, { user?: Principal }>(
    {
      schema,
      isProd: true,
      connectionInitWaitTimeout: limits.initTimeoutMs,
      onConnect: async (ctx) => {
        const token = tokenOf(ctx.connectionParams);
        const socket = ctx.extra.socket;
        if (token !== undefined) {
          try {
            ctx.extra.user = await options.verifyToken(token);
          } catch {
            refuse("unauthenticated");
            socket.close(CloseCode.Unauthorized, "The token is not valid.");
            return false;
          }
        }
        if (options.requireAuthForReads) {
          if (!ctx.extra.user) {
            refuse("unauthenticated");
            socket.close(CloseCode.Unauthorized, "Reads need a bearer token.");
            return false;
          }
          if (ctx.extra.user.roles.length === 0) {
            refuse("forbidden");
            return false; // 4403 Forbidden
          }
        }
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        // The subscription being asked for is already listed.
        if (Object.keys(ctx.subscriptions).length > limits.perConnection) {
          refuse("subscriptions_per_connection");
          return [
            new GraphQLError(
              `At most ${limits.perConnection} subscriptions per connection; complete one or open another connection`,
              { extensions: { code: ErrorCode.BAD_USER_INPUT } },
            ),
          ];
        }
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        const operation = document.definitions.find(
          (d) =>
            d.kind === "OperationDefinition" &&
            (payload.operationName == null || d.name?.value === payload.operationName),
        );
        if (operation?.kind !== "OperationDefinition" || operation.operation !== "subscription") {
          return [
            new GraphQLError(
              "Only subscriptions run over WebSocket; send queries and mutations over HTTP",
              {
                extensions: { code: ErrorCode.BAD_REQUEST },
              },
            ),
          ];
        }
        const contextValue: SubscriptionContext = {
          changed: changedStreams(feed, metrics, ctx.extra.socket),
        };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: masked(result.errors as GraphQLError[], logger) }
          : result,
      onError: (_ctx, _id, _payload, errors) => masked(errors, logger),
    },
    wsServer,
    limits.keepAliveMs,
  );

  return {
    dispose: async () => {
      feed.stop();
      await cleanup.dispose();
    },
  };
}

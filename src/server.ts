import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express from "express";
import { createTokenVerifier } from "./auth/jwt";
import { ChangeFeed } from "./changes/change-feed";
import { ChangeFeedMetrics } from "./changes/change-feed.metrics";
import { ChangeSequencer } from "./changes/change-sequencer";
import { startSubscriptionServer } from "./changes/subscription-server";
import type { AppConfig } from "./config";
import type { RequestContext } from "./context";
import { RateBook } from "./domain/rates.store";
import type { GraphGateway } from "./graph/gateway";
import { RequestDb, type Rider } from "./graph/request-db";
import { admissionControl } from "./http/admission";
import { EventLoopMonitor } from "./http/event-loop-monitor";
import { createFormatError } from "./http/format-error";
import { healthRouter } from "./http/health";
import { graphqlRoute, isGraphqlPost, type Step } from "./http/graphql-route";
import { httpErrorHandler, httpErrorResponder } from "./http/http-errors";
import { ApiMetrics } from "./http/metrics";
import { graphqlRateLimit } from "./http/rate-limit";
import { requestContext } from "./http/request-context";
import { requestLog } from "./http/request-log";
import type { Logger } from "./logger";
import { authPlugin } from "./plugins/auth.plugin";
import { changeWakePlugin } from "./plugins/change-wake.plugin";
import { compiledExecution } from "./http/compiled-execution";
import { subscriptionsOverWebSocketPlugin } from "./plugins/subscriptions-over-ws.plugin";
import { metricsPlugin } from "./plugins/metrics.plugin";
import { errorLogPlugin } from "./plugins/error-log.plugin";
import { filterCostPlugin } from "./plugins/filter-cost.plugin";
import { statementCountPlugin } from "./plugins/statement-count.plugin";
import { buildApiSchema } from "./schema/build-schema";
import { relationshipHopsRule } from "./schema/relationship-hops.rule";
import { webRouter } from "./web/web.router";

export interface ServerDeps {
  readonly gateway: GraphGateway;
  readonly logger: Logger;
  /** Auth, limits, monitoring and live updates, as loadConfig() read them from the environment (read once, by the caller). */
  readonly config: ServerConfig;
}

export type ServerConfig = Pick<AppConfig, "auth" | "limits" | "monitoring" | "subscriptions">;

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly httpServer: Server;
  readonly rates: RateBook;
  readonly metrics: ApiMetrics;
  /** This replica's reader of the change log (the `changed` subscriptions). */
  readonly feed: ChangeFeed;
  /** Stops accepting connections, drains in-flight requests, stops Apollo. */
  stop(): Promise<void>;
}

/** Builds the HTTP app (GraphQL, health) and listens; shared by index.ts and the tests. */
export async function createServer(
  deps: ServerDeps,
  port: number,
  host: string,
): Promise<RunningServer> {
  const { gateway, logger } = deps;
  const { auth, limits, monitoring } = deps.config;
  const app = express();
  // Node enforces headersTimeout and requestTimeout only when it sweeps its connections, every 30 s by
  // default: a slow client (slowloris) would keep its socket up to 30 s past headersTimeout. Every second here.
  // Requests are dispatched below: POST /graphql on node:http (graphql-route.ts), everything else to Express.
  const httpServer = createHttpServer({
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  });
  const rates = new RateBook();
  // Read the rate table now, so requests run one statement; if Neo4j is down, the first request reads it.
  await rates.ensure(new RequestDb(gateway, "startup")).catch(() => undefined);
  const metrics = new ApiMetrics(gateway);
  const eventLoop = new EventLoopMonitor(logger, metrics.registry, {
    stallMs: monitoring.eventLoopStallMs,
  });
  const verifyToken = createTokenVerifier(auth);
  // Depth, aliases, tokens, directives and cost are checked before execution, so before Neo4j; so are
  // relationship hops, the depth that costs (each is a level of the one statement a root field runs).
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // graphql-js counts tokens itself (parseOptions below) and fails with a 400 parse error; armor's
    // token plugin throws from parsingDidStart, which Apollo answers with a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
    // Apollo's hideSchemaDetailsFromClientErrors does this, configurably.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Depth, aliases, tokens, directives, cost and relationship hops, for queries and subscriptions alike.
  const validationRules = [...armor.validationRules, relationshipHopsRule(limits.maxHops)];
  httpServer.headersTimeout = limits.headersTimeoutMs;
  httpServer.requestTimeout = Math.max(limits.headersTimeoutMs, 30000);

  const schema = await buildApiSchema();
  const live = deps.config.subscriptions;
  const feedMetrics = new ChangeFeedMetrics(metrics.registry);
  const feed = new ChangeFeed(
    { read: (name, params) => gateway.read(name, params, { operation: "changes-feed" }) },
    logger,
    feedMetrics,
    { pollMs: live.pollMs, maxLag: live.maxLag },
  );
  const sequencer = new ChangeSequencer(gateway, logger, { sweepMs: live.sweepMs });
  sequencer.onNumbered({ wants: () => feed.wantsOffers(), take: (changes) => feed.offer(changes) });
  // Without recording (RECORD_CHANGES=false) there is nothing to number.
  if (live.record) sequencer.start();
  const subscriptions = startSubscriptionServer({
    httpServer,
    schema,
    feed,
    metrics: feedMetrics,
    logger,
    verifyToken,
    requireAuthForReads: auth.requireAuthForReads,
    validationRules,
    maxTokens: limits.maxTokens,
    limits: live,
  });

  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(schema, (mode) => metrics.executions.inc({ mode })),
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    csrfPrevention: limits.csrfPrevention,
    introspection: limits.introspection,
    hideSchemaDetailsFromClientErrors: limits.hideSchemaDetails,
    // index.ts owns the signals: drain, close the driver, stop the local Neo4j, exit.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: limits.shutdownGraceMs,
      }),
      // The WebSocket server (subscriptions) closes its sockets when the server drains.
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await subscriptions.dispose();
            },
          };
        },
      },
      ...(live.record ? [changeWakePlugin()] : []),
      subscriptionsOverWebSocketPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints here; left on, the plugin wraps every field resolver of every response.
      ApolloServerPluginCacheControlDisabled(),
      statementCountPlugin(),
      errorLogPlugin(logger),
      authPlugin({ requireAuthForReads: auth.requireAuthForReads }),
      metricsPlugin(metrics),
      // Filters count toward the cost limit once their variables are known (armor's rule counts selections).
      filterCostPlugin(limits.maxCost),
      ...armor.plugins,
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  // No ETag on res.send bodies: GraphQL answers are POSTs and never revalidated, and hashing each one costs CPU.
  app.disable("etag");
  const httpLogger = requestLog(logger);
  const rateLimiter = graphqlRateLimit(limits, metrics);
  // What runs before Apollo on /graphql, in order; the admission slot is taken after the body is read (a slow
  // upload holds no slot), before Apollo (a rejection never reaches Neo4j).
  const beforeApollo: Step[] = [
    ...(rateLimiter ? [rateLimiter] : []),
    express.json({ limit: limits.maxBodyBytes }) as Step,
    ...(limits.maxInFlight > 0 ? [admissionControl(limits.maxInFlight, metrics)] : []),
  ];
  const context = requestContext({
    gateway,
    rates,
    verifyToken,
    recordChanges: live.record,
    ...(live.record ? { afterCommit: (rider?: Rider) => sequencer.flush(rider) } : {}),
  });

  app.use(httpLogger);
  app.use(healthRouter(gateway));
  app.use(metrics.router());
  app.use(webRouter({ gateway, logger }));
  // GET /graphql and other methods (POST is answered by postGraphql below, with the same steps).
  app.use(
    "/graphql",
    ...(beforeApollo as express.RequestHandler[]),
    expressMiddleware(apollo, { context: ({ req }) => context(req) }),
  );
  app.use(httpErrorHandler(metrics));

  const postGraphql = graphqlRoute({
    apollo,
    steps: [httpLogger as Step, ...beforeApollo],
    context,
    onError: httpErrorResponder(metrics),
  });
  httpServer.on("request", (req: IncomingMessage, res: ServerResponse) =>
    isGraphqlPost(req) ? postGraphql(req, res) : app(req, res),
  );

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  eventLoop.start();
  const actual = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}/graphql`,
    port: actual,
    httpServer,
    rates,
    metrics,
    feed,
    stop: async () => {
      eventLoop.stop();
      await apollo.stop();
      await sequencer.stop();
    },
  };
}

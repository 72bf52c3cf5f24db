import { randomUUID } from "node:crypto";
import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { pinoHttp } from "pino-http";
import type { RequestContext } from "./context";
import { RateBook } from "./domain/rates.store";
import { RelationLoaders } from "./domain/relations.loader";
import type { GraphGateway } from "./graph/gateway";
import { RequestDb } from "./graph/request-db";
import { createFormatError } from "./http/format-error";
import { healthRouter } from "./http/health";
import type { Logger } from "./logger";
import { statementCountPlugin } from "./plugins/statement-count.plugin";
import { buildApiSchema } from "./schema/build-schema";

export interface ServerDeps {
  readonly gateway: GraphGateway;
  readonly logger: Logger;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly httpServer: Server;
  readonly rates: RateBook;
  /** Stops accepting connections, drains in-flight requests, stops Apollo. */
  stop(): Promise<void>;
}

/** Builds the HTTP app (GraphQL, health) and listens; shared by index.ts and the tests. */
export async function createServer(deps: ServerDeps, port: number, host: string): Promise<RunningServer> {
  const { gateway, logger } = deps;
  const app = express();
  const httpServer = createHttpServer(app);
  const rates = new RateBook();

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(),
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    // index.ts owns the signals: drain, close the driver, stop the local Neo4j, exit.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      statementCountPlugin(),
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      customSuccessMessage: (req, res, ms) => `${req.method} ${req.url} ${res.statusCode} ${Math.round(ms)}ms`,
    }),
  );
  app.use(healthRouter(gateway));
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = String(req.id);
        const db = new RequestDb(gateway, requestId);
        return { requestId, db, rates, loaders: new RelationLoaders(db), logger: req.log };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const actual = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}/graphql`,
    port: actual,
    httpServer,
    rates,
    stop: () => apollo.stop(),
  };
}

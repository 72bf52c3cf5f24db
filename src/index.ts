import "reflect-metadata";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./database";
import { createLogger } from "./logger";
import { LocalNeo4jError } from "./neo4j-local/errors";
import { prepareDatabase } from "./seed/prepare";
import { createServer } from "./server";

/** config -> database (local Neo4j when NEO4J_URI is unset) -> schema and seed -> server -> signals. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  try {
    await prepareDatabase(db, logger, config.seedOnStart);
  } catch (error) {
    logger.warn(
      { err: error },
      "Could not prepare the database now; serving anyway (queries will say so).",
    );
  }
  const server = await createServer(
    { gateway: db.gateway, logger, config },
    config.port,
    config.host,
  );
  logger.info(`GraphQL API ready at ${server.url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: draining requests and stopping ...`);
    try {
      await server.stop();
      await db.close();
      logger.info("Stopped.");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "Error while stopping");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof LocalNeo4jError;
  process.stderr.write(
    `${known ? (error as Error).message : ((error as Error)?.stack ?? String(error))}\n`,
  );
  process.exit(1);
});

import { join } from "node:path";
import type { AppConfig } from "./config";
import { CypherRegistry } from "./graph/cypher-registry";
import { createDriver, type Driver } from "./graph/driver";
import { GraphGateway } from "./graph/gateway";
import type { Logger } from "./logger";
import { startLocalNeo4j, stopLocalNeo4j } from "./neo4j-local/local-neo4j";
import { developmentNeo4jOptions } from "./neo4j-local/options";
import { projectRoot } from "./project-root";

export interface Database {
  readonly uri: string;
  readonly driver: Driver;
  readonly cypher: CypherRegistry;
  readonly gateway: GraphGateway;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or (when it is unset) starts the local Neo4j Community server and connects
 * to that. Loads the Cypher registry first, so a missing statement fails before anything runs.
 */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<Database> {
  const cypher = CypherRegistry.load(join(projectRoot(), "cypher"));
  let uri = config.neo4j.uri;
  let stopLocal: (() => Promise<unknown>) | undefined;
  if (!uri) {
    const options = developmentNeo4jOptions(config, (line) => logger.info(line));
    const local = await startLocalNeo4j(options);
    uri = local.boltUri;
    if (local.startedHere) stopLocal = () => stopLocalNeo4j(options.home);
  }
  const driver = createDriver({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    maxPoolSize: config.neo4j.maxPoolSize,
    acquisitionTimeoutMs: config.neo4j.acquisitionTimeoutMs,
  });
  const gateway = new GraphGateway(driver, cypher, {
    database: config.neo4j.database,
    timeoutMs: config.neo4j.queryTimeoutMs,
    app: "iij-kg",
  });
  return {
    uri,
    driver,
    cypher,
    gateway,
    async close() {
      await driver.close();
      if (stopLocal) {
        logger.info("Stopping the local Neo4j this process started ...");
        await stopLocal();
      }
    },
  };
}

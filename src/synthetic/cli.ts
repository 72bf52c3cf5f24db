import "reflect-metadata";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CypherRegistry } from "../graph/cypher-registry";
import { createDriver } from "../graph/driver";
import { GraphGateway } from "../graph/gateway";
import { projectRoot } from "../project-root";
import { applySchema } from "../seed/load-seed";
import { loadSyntheticGraph } from "./load-synthetic";
import { generateGraph } from "./synthetic-graph.rules";
import { startThrowawayNeo4j, THROWAWAY_PASSWORD, type ThrowawayNeo4j } from "./throwaway-neo4j";

const say = (line: string) => process.stderr.write(`[synthetic] ${line}\n`);

/**
 * `npm run seed:synthetic -- --relationships N [--seed S] [--batch B] [--uri bolt://... --password P] [--keep]`
 * Without --uri it starts a throwaway Neo4j (never the development one), loads, prints the figures and
 * stops it, unless --keep leaves it running for queries.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      relationships: { type: "string", default: "10000" },
      seed: { type: "string", default: "42" },
      batch: { type: "string", default: "10000" },
      uri: { type: "string" },
      user: { type: "string", default: "neo4j" },
      password: { type: "string" },
      database: { type: "string", default: "neo4j" },
      heap: { type: "string", default: "1g" },
      pagecache: { type: "string", default: "1g" },
      keep: { type: "boolean", default: false },
    },
  });
  const graph = generateGraph({
    relationships: Number(values.relationships),
    seed: Number(values.seed),
  });
  say(`plan: ${JSON.stringify(graph.plan)}`);
  let neo: ThrowawayNeo4j | undefined;
  let uri = values.uri;
  let password = values.password ?? process.env.NEO4J_PASSWORD ?? "";
  if (!uri) {
    neo = await startThrowawayNeo4j(say, { heap: values.heap!, pageCache: values.pagecache! });
    uri = neo.boltUri;
    password = THROWAWAY_PASSWORD;
  }
  const driver = createDriver({ uri, user: values.user!, password });
  let keep = false;
  try {
    const cypher = CypherRegistry.load(join(projectRoot(), "cypher"));
    const gateway = new GraphGateway(driver, cypher, {
      database: values.database!,
      timeoutMs: 300000,
      app: "iij-kg-synthetic",
    });
    await applySchema(gateway, cypher.namesUnder("schema/"));
    const result = await loadSyntheticGraph(gateway, graph, say, Number(values.batch));
    process.stdout.write(`${JSON.stringify({ uri, ...result })}\n`);
    if (neo && values.keep) {
      keep = true;
      say(
        `left running: ${uri} (user neo4j, password ${THROWAWAY_PASSWORD}), pid ${neo.pid}, home ${neo.home}`,
      );
    }
  } finally {
    await driver.close();
    if (neo && !keep) {
      say("stopping the throwaway Neo4j ...");
      await neo.stop();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});

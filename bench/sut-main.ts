import "reflect-metadata";
import { join } from "node:path";
import { CypherRegistry } from "../src/graph/cypher-registry";
import { createDriver } from "../src/graph/driver";
import { GraphGateway } from "../src/graph/gateway";
import { projectRoot } from "../src/project-root";
import { startL1 } from "./sut-l1";
import { startN } from "./sut-n";
import { workload } from "./workload";

/**
 * A system under test as its own process, so its CPU time and RSS are its own:
 * `node sut-main.js l1|n` with NEO4J_URI, NEO4J_PASSWORD, PORT; prints `READY <url>` when it listens.
 */
async function main(kind: string): Promise<void> {
  const settings = {
    uri: process.env.NEO4J_URI!,
    user: "neo4j",
    password: process.env.NEO4J_PASSWORD!,
  };
  const driver = createDriver(settings);
  const port = Number(process.env.PORT ?? 0);
  let url: string;
  if (kind === "l1") {
    const gateway = new GraphGateway(driver, CypherRegistry.load(join(projectRoot(), "cypher")), {
      database: "neo4j",
      timeoutMs: 10000,
      app: "iij-kg-bench-l1",
    });
    url = (await startL1(gateway, workload(1), port)).url;
  } else {
    url = (await startN(driver, { statements: 0, last: [] }, port)).url;
  }
  process.stdout.write(`READY ${url}\n`);
  process.on("SIGTERM", () => {
    void driver.close().finally(() => process.exit(0));
  });
}

main(process.argv[2] ?? "l1").catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});

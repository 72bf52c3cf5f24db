import { rmSync } from "node:fs";
import { stopLocalNeo4j } from "../../src/neo4j-local/local-neo4j";

/** Stops the throwaway Neo4j of global-setup and removes its home. */
export default async function globalTeardown(): Promise<void> {
  const home = process.env.TEST_NEO4J_HOME;
  if (!home) return;
  await stopLocalNeo4j(home);
  rmSync(home, { recursive: true, force: true });
}

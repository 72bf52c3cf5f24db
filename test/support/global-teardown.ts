import { removeThrowawayNeo4j } from "../../src/neo4j-local/throwaway";

/** Stops the throwaway Neo4j of global-setup and removes its home. */
export default async function globalTeardown(): Promise<void> {
  const home = process.env.TEST_NEO4J_HOME;
  if (home) await removeThrowawayNeo4j(home);
}

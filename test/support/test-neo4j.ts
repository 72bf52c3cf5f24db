import { startThrowawayNeo4j, type ThrowawayNeo4j } from "../../src/neo4j-local/throwaway";

export type { ThrowawayNeo4j };

export const TEST_PASSWORD = "test-password-iij";

/**
 * The tests' throwaway Neo4j: small memory, a 30 s default transaction timeout behind the driver's own. The
 * JIT keeps its default tiers: with C1 alone the server starts on less CPU, but the suite's thousands of
 * queries then run much longer than the start saves.
 */
export function startTestNeo4j(progress: (line: string) => void): Promise<ThrowawayNeo4j> {
  return startThrowawayNeo4j(progress, {
    heap: "768m",
    pageCache: "128m",
    password: TEST_PASSWORD,
    transactionTimeout: "30s",
    prefix: "iij-kg-test-neo4j-",
  });
}

import { startThrowawayNeo4j, type ThrowawayNeo4j } from "../../src/neo4j-local/throwaway";

export type { ThrowawayNeo4j };

export const TEST_PASSWORD = "test-password-iij";

/**
 * The tests' throwaway Neo4j: small memory, a 30 s default transaction timeout behind the driver's own, and
 * the JIT's quick tier only (the suite needs a server that warms up cheaply, not its peak speed).
 */
export function startTestNeo4j(progress: (line: string) => void): Promise<ThrowawayNeo4j> {
  return startThrowawayNeo4j(progress, {
    heap: "768m",
    pageCache: "128m",
    password: TEST_PASSWORD,
    transactionTimeout: "30s",
    prefix: "iij-kg-test-neo4j-",
    quickJit: true,
  });
}

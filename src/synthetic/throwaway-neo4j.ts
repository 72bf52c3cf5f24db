import {
  startThrowawayNeo4j as startThrowaway,
  type ThrowawayNeo4j,
} from "../neo4j-local/throwaway";

export type { ThrowawayNeo4j };

export const THROWAWAY_PASSWORD = "synthetic-password-iij";

/** A throwaway Neo4j for synthetic data and the bench, with the memory the caller asks for. */
export function startThrowawayNeo4j(
  progress: (line: string) => void,
  memory: { heap: string; pageCache: string } = { heap: "1g", pageCache: "1g" },
): Promise<ThrowawayNeo4j> {
  return startThrowaway(progress, {
    ...memory,
    password: THROWAWAY_PASSWORD,
    transactionTimeout: "300s",
    prefix: "iij-kg-synthetic-neo4j-",
  });
}

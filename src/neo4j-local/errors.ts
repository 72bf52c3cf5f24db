/** A problem starting or stopping the local Neo4j; the message tells the user what to do. */
export class LocalNeo4jError extends Error {
  override readonly name = "LocalNeo4jError";
}

export const DOCKER_HINT =
  "Or run everything in containers with `docker compose up` on a machine with Docker.";

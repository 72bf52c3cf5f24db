import { spawnSync } from "node:child_process";
import { DOCKER_HINT, LocalNeo4jError } from "./errors";

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392" -> 8). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Neo4j 5.26 needs Java 17 or later. */
export function assertJava(): void {
  const run = spawnSync("java", ["-version"], { encoding: "utf8" });
  const major = run.error ? undefined : parseJavaMajor(`${run.stderr}${run.stdout}`);
  if (major === undefined || major < 17) {
    const found = major === undefined ? "no `java` on the PATH" : `Java ${major}`;
    throw new LocalNeo4jError(
      `The local Neo4j needs Java 17 or later (found ${found}). Install a JDK 17+ ` +
        `(e.g. apt-get install openjdk-17-jdk-headless). ${DOCKER_HINT}`,
    );
  }
}

/** Maven is needed only for the first install of the Neo4j jars. */
export function assertMaven(): void {
  const run = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (run.error || run.status !== 0) {
    throw new LocalNeo4jError(
      "Installing the local Neo4j needs Maven 3.8+ (`mvn` not found on the PATH). " +
        `Install it (e.g. apt-get install maven). ${DOCKER_HINT}`,
    );
  }
}

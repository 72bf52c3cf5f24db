import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LocalNeo4jError } from "./errors";
import { assertMaven } from "./prerequisites";

function pomPath(root: string): string {
  return join(root, "src", "neo4j-local", "pom.xml");
}

/** The Neo4j version the pom pins (`<neo4j.version>`). */
export function pinnedNeo4jVersion(root: string): string {
  const pom = readFileSync(pomPath(root), "utf8");
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new LocalNeo4jError(`No <neo4j.version> in ${pomPath(root)}`);
  return version;
}

/** True when `lib` holds the server jar of this version and Neo4j Browser. */
export function isInstalled(lib: string, version: string): boolean {
  if (!existsSync(lib)) return false;
  const jars = readdirSync(lib);
  return (
    jars.includes(`org.neo4j.neo4j-${version}.jar`) &&
    jars.some((j) => j.startsWith("org.neo4j.client.neo4j-browser-"))
  );
}

/**
 * Installs the Neo4j Community server and Neo4j Browser jars with Maven into `<localDir>/<version>/lib`,
 * unless they are there already. Returns the lib folder.
 */
export function ensureInstalled(
  root: string,
  localDir: string,
  progress: (line: string) => void,
): { lib: string; version: string } {
  const version = pinnedNeo4jVersion(root);
  const lib = join(localDir, version, "lib");
  if (isInstalled(lib, version)) return { lib, version };
  assertMaven();
  progress(`Installing Neo4j ${version} Community and Neo4j Browser with Maven into ${lib} ...`);
  const run = spawnSync("mvn", ["-B", "-q", "-f", pomPath(root), "package", `-Dneo4j.lib=${lib}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (run.status !== 0 || !isInstalled(lib, version)) {
    const output = `${run.stdout ?? ""}${run.stderr ?? ""}`
      .trim()
      .split("\n")
      .slice(-15)
      .join("\n");
    throw new LocalNeo4jError(`Maven could not install Neo4j ${version}:\n${output}`);
  }
  progress(`Installed Neo4j ${version} (${readdirSync(lib).length} jars).`);
  return { lib, version };
}

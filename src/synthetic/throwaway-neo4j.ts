import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultLocalDir, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j } from "../neo4j-local/local-neo4j";
import { freePort } from "../neo4j-local/ports";
import { projectRoot } from "../project-root";

export const THROWAWAY_PASSWORD = "synthetic-password-iij";

export interface ThrowawayNeo4j extends LocalNeo4j {
  readonly home: string;
  readonly heap: string;
  readonly pageCache: string;
  /** Stops exactly this server and deletes its home. */
  stop(): Promise<void>;
}

/**
 * A Neo4j of its own on free ports in a temporary home (never the development one), with the memory
 * the caller asks for: the benchmark wants a larger page cache than the tests' instance.
 */
export async function startThrowawayNeo4j(
  progress: (line: string) => void,
  memory: { heap: string; pageCache: string } = { heap: "1g", pageCache: "1g" },
): Promise<ThrowawayNeo4j> {
  const root = projectRoot();
  const home = mkdtempSync(join(tmpdir(), "iij-kg-synthetic-neo4j-"));
  try {
    const neo = await startLocalNeo4j({
      root,
      installDir: process.env.NEO4J_LOCAL_DIR ?? defaultLocalDir(root),
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: memory.heap,
      pageCache: memory.pageCache,
      user: "neo4j",
      password: THROWAWAY_PASSWORD,
      transactionTimeout: "300s",
      progress,
    });
    return {
      ...neo,
      home,
      ...memory,
      async stop() {
        await stopLocalNeo4j(home);
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopLocalNeo4j(home).catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

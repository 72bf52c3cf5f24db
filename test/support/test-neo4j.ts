import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultLocalDir, startLocalNeo4j, type LocalNeo4j } from "../../src/neo4j-local/local-neo4j";
import { freePort } from "../../src/neo4j-local/ports";
import { projectRoot } from "../../src/project-root";

export const TEST_PASSWORD = "test-password-iij";

/** A throwaway Neo4j on free ports in a temporary home (the jars are shared with `npm start`). */
export async function startTestNeo4j(progress: (line: string) => void): Promise<LocalNeo4j & { home: string }> {
  const root = projectRoot();
  const home = mkdtempSync(join(tmpdir(), "iij-kg-test-neo4j-"));
  const neo = await startLocalNeo4j({
    root,
    installDir: process.env.NEO4J_LOCAL_DIR ?? defaultLocalDir(root),
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: "768m",
    pageCache: "128m",
    user: "neo4j",
    password: TEST_PASSWORD,
    transactionTimeout: "30s",
    progress,
  });
  return { ...neo, home };
}

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recordOwner, reapOrphanedHomes } from "../processes/orphan-guard";
import { projectRoot } from "../project-root";
import { defaultLocalDir, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j } from "./local-neo4j";
import { freePort } from "./ports";

/** Every throwaway home's folder name starts with this (test, fault, synthetic and bench servers). */
export const THROWAWAY_PREFIX = "iij-kg-";

export interface ThrowawayOptions {
  readonly heap: string;
  readonly pageCache: string;
  readonly password: string;
  readonly transactionTimeout: string;
  /** Start of the temporary home's folder name, e.g. `iij-kg-test-neo4j-` (begins with THROWAWAY_PREFIX). */
  readonly prefix: string;
}

export interface ThrowawayNeo4j extends LocalNeo4j {
  readonly home: string;
  readonly heap: string;
  readonly pageCache: string;
  /** Stops exactly this server and deletes its home. */
  stop(): Promise<void>;
}

/** Stops the server of a throwaway home, if it runs, and deletes the home. */
export async function removeThrowawayNeo4j(home: string): Promise<void> {
  await stopLocalNeo4j(home).catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
}

/**
 * A Neo4j of its own on free ports in a temporary home (never the development one): for tests,
 * benchmarks and synthetic data. The jars are shared with `npm start` (installed on first use).
 * The server lives no longer than this process: if it ends without calling `stop` (a crash, Ctrl-C), a
 * watchdog stops the server and deletes the home; homes left by a process whose watchdog was killed too
 * are removed by the next start with the same prefix.
 */
export async function startThrowawayNeo4j(
  progress: (line: string) => void,
  o: ThrowawayOptions,
): Promise<ThrowawayNeo4j> {
  const root = projectRoot();
  for (const home of await reapOrphanedHomes(THROWAWAY_PREFIX, removeThrowawayNeo4j)) {
    progress(`Removed ${home}, left behind by a run that ended without stopping it.`);
  }
  const home = mkdtempSync(join(tmpdir(), o.prefix));
  recordOwner(home);
  try {
    const neo = await startLocalNeo4j({
      root,
      installDir: process.env.NEO4J_LOCAL_DIR ?? defaultLocalDir(root),
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: o.heap,
      pageCache: o.pageCache,
      user: "neo4j",
      password: o.password,
      transactionTimeout: o.transactionTimeout,
      exitWithOwner: true,
      progress,
    });
    return {
      ...neo,
      home,
      heap: o.heap,
      pageCache: o.pageCache,
      stop: () => removeThrowawayNeo4j(home),
    };
  } catch (error) {
    await removeThrowawayNeo4j(home);
    throw error;
  }
}

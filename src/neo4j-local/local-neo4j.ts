import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkBolt, isAuthFailure } from "../graph/connectivity";
import { exitWithOwner } from "../processes/orphan-guard";
import { LocalNeo4jError } from "./errors";
import { ensureInstalled } from "./install";
import { renderNeo4jConf } from "./neo4j-conf";
import { isPortFree } from "./ports";
import { assertJava } from "./prerequisites";
import {
  classArchiveFile,
  consoleTail,
  homeFiles,
  isAlive,
  runningPid,
  setInitialPassword,
  sleep,
  spawnServer,
  terminate,
} from "./server-process";

export interface LocalNeo4jOptions {
  /** Project root (holds src/neo4j-local/pom.xml). */
  readonly root: string;
  /** Where jars are installed (`<dir>/<version>/lib`), shared by every home. */
  readonly installDir: string;
  /** The server's home: conf, data, logs, pid. */
  readonly home: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly heap: string;
  readonly pageCache: string;
  readonly user: string;
  readonly password: string;
  readonly transactionTimeout?: string;
  readonly startTimeoutMs?: number;
  /**
   * Keep a class-data-sharing archive of the server's classes in the home (the development one): the first
   * start records it when the server exits, later starts map it instead of loading and verifying every class.
   */
  readonly classArchive?: boolean;
  /** Stop the server (and delete its home) when this process ends without stopping it: throwaway homes. */
  readonly exitWithOwner?: boolean;
  readonly progress: (line: string) => void;
}

export interface LocalNeo4j {
  readonly pid: number;
  readonly boltUri: string;
  readonly browserUrl: string;
  readonly version: string;
  /** False when a server of this home was already running and was reused. */
  readonly startedHere: boolean;
}

/** The default folder for jars and the development home: `<root>/.neo4j` (git-ignored). */
export function defaultLocalDir(root: string): string {
  return join(root, ".neo4j");
}

function describe(o: LocalNeo4jOptions, pid: number, version: string, startedHere: boolean) {
  return {
    pid,
    version,
    startedHere,
    boltUri: `bolt://127.0.0.1:${o.boltPort}`,
    browserUrl: `http://127.0.0.1:${o.httpPort}/browser/`,
  };
}

/**
 * Starts (or reuses) a Neo4j Community server for `home`: installs the jars on first use, writes the config,
 * sets the password before the first start, starts in the background and waits until Bolt answers.
 */
export async function startLocalNeo4j(o: LocalNeo4jOptions): Promise<LocalNeo4j> {
  assertJava();
  const { lib, version } = ensureInstalled(o.root, o.installDir, o.progress);
  const target = { uri: `bolt://127.0.0.1:${o.boltPort}`, user: o.user, password: o.password };

  const existing = runningPid(o.home);
  if (existing !== undefined) {
    const problem = await checkBolt(target);
    if (problem === undefined) {
      o.progress(`Reusing Neo4j already running from ${o.home} (pid ${existing}).`);
      return describe(o, existing, version, false);
    }
    throw new LocalNeo4jError(
      `A Neo4j from ${o.home} is running (pid ${existing}) but does not answer on ${target.uri}: ` +
        `${problem}. Stop it with \`npm run neo4j:stop\`.`,
    );
  }

  for (const [port, variable] of [
    [o.boltPort, "NEO4J_BOLT_PORT"],
    [o.httpPort, "NEO4J_HTTP_PORT"],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new LocalNeo4jError(
        `Port ${port} on 127.0.0.1 is already in use by another process. Stop that process, ` +
          `or choose another port with ${variable}=<port>, or point NEO4J_URI at a running Neo4j.`,
      );
    }
  }

  const files = homeFiles(o.home);
  mkdirSync(files.confDir, { recursive: true });
  writeFileSync(
    files.conf,
    renderNeo4jConf({
      boltPort: o.boltPort,
      httpPort: o.httpPort,
      pageCache: o.pageCache,
      authEnabled: true,
      transactionTimeout: o.transactionTimeout ?? "60s",
    }),
  );
  if (!existsSync(files.authIni)) setInitialPassword(o.home, lib, o.password);

  o.progress(
    `Starting Neo4j ${version} (Bolt ${o.boltPort}, HTTP ${o.httpPort}) from ${o.home} ...`,
  );
  const pid = spawnServer(
    o.home,
    lib,
    o.heap,
    o.classArchive ? classArchiveFile(o.home, version) : undefined,
  );
  if (o.exitWithOwner) exitWithOwner(pid, { group: true, home: o.home });
  const deadline = Date.now() + (o.startTimeoutMs ?? 120000);
  for (;;) {
    if (!isAlive(pid)) {
      throw new LocalNeo4jError(
        `Neo4j exited during start. Last log lines:\n${consoleTail(o.home)}`,
      );
    }
    const problem = await checkBolt(target);
    if (problem === undefined) break;
    if (isAuthFailure(problem)) {
      await terminate(o.home, pid);
      throw new LocalNeo4jError(
        `Neo4j in ${o.home} rejected the password from NEO4J_PASSWORD. The password is set on the ` +
          `first start only: use the original one, or delete ${join(o.home, "data")} to start afresh.`,
      );
    }
    if (Date.now() > deadline) {
      await terminate(o.home, pid);
      throw new LocalNeo4jError(
        `Neo4j did not answer within the start timeout:\n${consoleTail(o.home)}`,
      );
    }
    await sleep(300);
  }
  o.progress(
    `Neo4j is up: ${target.uri}, Neo4j Browser at http://127.0.0.1:${o.httpPort}/browser/`,
  );
  return describe(o, pid, version, true);
}

/** Stops the server recorded in `home`, if any; resolves to its pid or undefined. */
export async function stopLocalNeo4j(home: string): Promise<number | undefined> {
  const pid = runningPid(home);
  if (pid === undefined) return undefined;
  await terminate(home, pid);
  return pid;
}

export function localNeo4jStatus(home: string): { running: boolean; pid?: number } {
  const pid = runningPid(home);
  return pid === undefined ? { running: false } : { running: true, pid };
}

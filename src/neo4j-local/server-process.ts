import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jvmFlags } from "./neo4j-conf";

/** Files of one Neo4j home. */
export function homeFiles(home: string) {
  return {
    conf: join(home, "conf", "neo4j.conf"),
    confDir: join(home, "conf"),
    pid: join(home, "neo4j.pid"),
    console: join(home, "logs", "console.log"),
    authIni: join(home, "data", "dbms", "auth.ini"),
    plugins: join(home, "plugins"),
  };
}

/** The pid recorded in the home, if that process is still a Neo4j server. */
export function runningPid(home: string): number | undefined {
  const files = homeFiles(home);
  if (!existsSync(files.pid)) return undefined;
  const pid = Number(readFileSync(files.pid, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, "utf8").includes("CommunityEntryPoint")) {
    return undefined;
  }
  return pid;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sets the initial password of a home that has never started (Neo4j's admin tool). */
export function setInitialPassword(home: string, lib: string, password: string): void {
  const files = homeFiles(home);
  const run = spawnSync(
    "java",
    ["-cp", `${lib}/*`, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", password],
    { encoding: "utf8", env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: files.confDir } },
  );
  if (run.status !== 0) throw new Error(`set-initial-password failed: ${run.stderr || run.stdout}`);
}

/** The home's class-data-sharing archive for a Neo4j version (a new version records its own). */
export function classArchiveFile(home: string, version: string): string {
  return join(home, `classes-${version}.jsa`);
}

/**
 * JVM flags for a class-data-sharing archive: map it when it exists, else record it when the JVM exits (a clean
 * stop; a killed server records nothing and the next start tries again). The JVM checks that the archive
 * matches its class path and JDK, and starts without it when it does not.
 */
export function classArchiveFlags(archive: string | undefined): string[] {
  if (archive === undefined) return [];
  return existsSync(archive)
    ? [`-XX:SharedArchiveFile=${archive}`]
    : [`-XX:ArchiveClassesAtExit=${archive}`];
}

/** Starts the server in the background, detached, output to logs/console.log; records the pid. */
export function spawnServer(
  home: string,
  lib: string,
  heap: string,
  classArchive?: string,
): number {
  const files = homeFiles(home);
  mkdirSync(join(home, "logs"), { recursive: true });
  mkdirSync(files.plugins, { recursive: true });
  const out = openSync(files.console, "a");
  const child = spawn(
    "java",
    [
      ...jvmFlags(heap),
      ...classArchiveFlags(classArchive),
      "-cp",
      `${files.plugins}/*:${lib}/*`,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${home}`,
      `--config-dir=${files.confDir}`,
      "--console-mode",
    ],
    { detached: true, stdio: ["ignore", out, out], env: { ...process.env, NEO4J_HOME: home } },
  );
  child.unref();
  if (!child.pid) throw new Error("java did not start");
  writeFileSync(files.pid, String(child.pid));
  return child.pid;
}

/** Sends SIGTERM and waits for the process to end (SIGKILL after the grace period). */
export async function terminate(home: string, pid: number, graceMs = 60000): Promise<void> {
  const deadline = Date.now() + graceMs;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    /* already gone */
  }
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  while (isAlive(pid)) await sleep(100);
  rmSync(homeFiles(home).pid, { force: true });
}

/** Last lines of the console log, for error messages. */
export function consoleTail(home: string, lines = 20): string {
  const file = homeFiles(home).console;
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The file in a throwaway home that names the process the home belongs to. */
export const OWNER_FILE = "owner.pid";

/**
 * The watchdog: a separate, detached Node process polling two pids. When the owner is gone (it exited,
 * crashed or was interrupted without running its cleanup) and the child still runs, it sends SIGTERM to
 * the child (its whole process group when `group` is "1"), SIGKILL after 30 s, then deletes `home` if one
 * was given. When the child ends first, the watchdog just exits. A zombie counts as gone.
 */
const WATCHDOG = `
const fs = require("node:fs");
const [owner, child, group, home] = process.argv.slice(1);
const gone = (pid) => {
  try { process.kill(Number(pid), 0); } catch (e) { if (e.code !== "EPERM") return true; }
  try { return /^\\d+ \\(.*\\) Z/.test(fs.readFileSync("/proc/" + pid + "/stat", "utf8")); } catch { return false; }
};
const signal = (name) => { try { process.kill(group === "1" ? -Number(child) : Number(child), name); } catch {} };
const poll = setInterval(() => {
  if (gone(child)) return clearInterval(poll);
  if (!gone(owner)) return;
  clearInterval(poll);
  signal("SIGTERM");
  const deadline = Date.now() + 30000;
  const wait = setInterval(() => {
    if (!gone(child) && Date.now() < deadline) return;
    clearInterval(wait);
    if (!gone(child)) signal("SIGKILL");
    if (home) setTimeout(() => fs.rmSync(home, { recursive: true, force: true }), 500);
  }, 200);
}, 250);
`;

export interface GuardOptions {
  /** The process group led by the child gets the signals (a child spawned `detached`). */
  readonly group?: boolean;
  /** A folder to delete once the child is gone (a throwaway Neo4j home). */
  readonly home?: string;
}

/**
 * Ties a child process's life to this one: if this process ends without stopping the child (a crash, an
 * uncaught error in a test's global setup, Ctrl-C, SIGKILL), the child is stopped within a second or so.
 * Stopping the child normally needs nothing more: the watchdog sees it gone and exits.
 */
export function exitWithOwner(childPid: number, options: GuardOptions = {}): void {
  const watchdog = spawn(
    process.execPath,
    [
      "-e",
      WATCHDOG,
      String(process.pid),
      String(childPid),
      options.group ? "1" : "0",
      options.home ?? "",
    ],
    { detached: true, stdio: "ignore" },
  );
  watchdog.unref();
}

/** Records this process as the owner of a throwaway home, for {@link reapOrphanedHomes}. */
export function recordOwner(home: string): void {
  writeFileSync(join(home, OWNER_FILE), String(process.pid));
}

function ownerAlive(home: string): boolean {
  const file = join(home, OWNER_FILE);
  if (!existsSync(file)) return true; // not ours to judge: a home being set up, or not a throwaway one
  const pid = Number(readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Finds throwaway homes in the temporary folder whose owner process is gone (the watchdog itself was
 * killed, say) and hands each to `remove`, which stops its server and deletes it. Homes of live owners,
 * such as a run going on beside this one, are left alone. Returns the homes removed.
 */
export async function reapOrphanedHomes(
  prefix: string,
  remove: (home: string) => Promise<void>,
): Promise<string[]> {
  const reaped: string[] = [];
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(prefix)) continue;
    const home = join(tmpdir(), name);
    if (ownerAlive(home)) continue;
    await remove(home);
    rmSync(home, { recursive: true, force: true });
    reaped.push(home);
  }
  return reaped;
}

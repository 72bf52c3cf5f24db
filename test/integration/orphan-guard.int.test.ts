import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transformFileSync } from "@swc/core";
import { OWNER_FILE, reapOrphanedHomes } from "../../src/processes/orphan-guard";
import { settleWithin } from "../support/settle-within";

const GUARD_SOURCE = join(__dirname, "..", "..", "src", "processes", "orphan-guard.ts");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  const poll = async () => {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  await settleWithin(poll(), 20000, what);
}

/** A pid that was a process of ours and has ended. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(run.stdout);
}

describe("exitWithOwner and reapOrphanedHomes", () => {
  const dir = mkdtempSync(join(tmpdir(), "iij-orphan-guard-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stops the child's process group and deletes its home when the owner is killed without stopping it", async () => {
    // The owner is a separate Node process running the real module (transpiled as the tests are).
    const guard = join(dir, "orphan-guard.js");
    writeFileSync(guard, transformFileSync(GUARD_SOURCE, { module: { type: "commonjs" } }).code);
    const home = join(dir, "home");
    mkdirSync(home);
    const owner = join(dir, "owner.js");
    writeFileSync(
      owner,
      `const { spawn } = require("node:child_process");
const { exitWithOwner } = require(${JSON.stringify(guard)});
const child = spawn("sleep", ["600"], { detached: true, stdio: "ignore" });
child.unref();
exitWithOwner(child.pid, { group: true, home: ${JSON.stringify(home)} });
process.stdout.write(child.pid + "\\n");
setInterval(() => undefined, 1000);`,
    );
    const ownerProcess = spawn(process.execPath, [owner], { stdio: ["ignore", "pipe", "inherit"] });
    const childPid = await settleWithin(
      new Promise<number>((resolve) =>
        ownerProcess.stdout.once("data", (d: Buffer) => resolve(Number(d.toString().trim()))),
      ),
      20000,
      "the owner's child pid",
    );
    expect(alive(childPid)).toBe(true);

    ownerProcess.kill("SIGKILL");
    await until(() => !alive(childPid), "the orphaned child stopping");
    await until(() => !existsSync(home), "the orphaned home being deleted");
  });

  it("reaps the throwaway homes whose owner is gone, and only those", async () => {
    const prefix = `iij-orphan-reap-test-${process.pid}-`;
    const orphaned = mkdtempSync(join(tmpdir(), prefix));
    writeFileSync(join(orphaned, OWNER_FILE), String(deadPid()));
    const owned = mkdtempSync(join(tmpdir(), prefix));
    writeFileSync(join(owned, OWNER_FILE), String(process.pid));
    const stopped: string[] = [];
    try {
      const reaped = await reapOrphanedHomes(prefix, async (home) => {
        stopped.push(home);
      });
      expect(reaped).toEqual([orphaned]);
      expect(stopped).toEqual([orphaned]);
      expect(existsSync(orphaned)).toBe(false);
      expect(existsSync(owned)).toBe(true);
    } finally {
      rmSync(orphaned, { recursive: true, force: true });
      rmSync(owned, { recursive: true, force: true });
    }
  });
});

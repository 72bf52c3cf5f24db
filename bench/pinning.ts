import { execFileSync } from "node:child_process";

/**
 * CPU placement for a timed run (BENCH-METHOD "Pin processes"): Neo4j and the load generator (this bench
 * process, which also runs L0) on one core, the SUT process alone on the other. `taskset` from util-linux.
 */
export interface Placement {
  /** Cores for Neo4j's JVM (all its threads) and for the bench process. */
  readonly database: string;
  /** Cores for the SUT processes (L1, O, N). */
  readonly sut: string;
}

export const TWO_CORE_PLACEMENT: Placement = { database: "0", sut: "1" };

/** Pins every thread of a running process to `cores` (a taskset list such as "0" or "0-1"). */
export function pinProcess(pid: number, cores: string): void {
  execFileSync("taskset", ["-a", "-p", "-c", cores, String(pid)], { stdio: "ignore" });
}

/** The command and arguments that start `command args` pinned to `cores`. */
export function pinnedCommand(
  command: string,
  args: string[],
  cores: string | undefined,
): [string, string[]] {
  return cores === undefined ? [command, args] : ["taskset", ["-c", cores, command, ...args]];
}

import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import type { GraphGateway, Params } from "../src/graph/gateway";
import { runStatements } from "./sut-l1";
import { paramsAt, writeParams, type QueryClass } from "./workload";

/** CPU time of a process so far (user + system), in ms; undefined when it cannot be read. */
export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  if (pid === process.pid) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[11] = utime, fields[12] = stime (fields 14 and 15 of proc(5)), in clock ticks (100/s on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** The median of some numbers (0 for none). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Peak resident set (VmHWM) in MB. */
export function peakRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

export interface Measurement {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  bytesPerResponse: number;
  sutCpuMsPerReq?: number;
  neo4jCpuMsPerReq?: number;
}

export interface Target {
  /** HTTP endpoint, or undefined for L0 (driver loop in this process). */
  readonly url?: string;
  readonly pid?: number;
  readonly body: (c: QueryClass, p: Params) => unknown;
  /** Extra request headers (O's editor token for writes). */
  readonly headers?: Record<string, string>;
  /** Prefix of the ids this target writes (unique per SUT and run). */
  readonly writePrefix?: string;
}

/** A request carrying a GraphQL or L1 error counts as failed even with status 200. */
export function isError(status: number, body: string): boolean {
  return status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[');
}

/** One closed-loop run of `durationS` seconds with `connections` in flight, rotating through the class's params. */
export async function measure(
  target: Target,
  c: QueryClass,
  o: { connections: number; durationS: number; neo4jPid?: number; gateway: GraphGateway },
): Promise<Measurement> {
  const cpu0 = cpuMs(target.pid);
  const neo0 = cpuMs(o.neo4jPid);
  const m = target.url
    ? await httpRun(target.url, target, c, o)
    : await driverLoop(o.gateway, c, o);
  // CPU is read after the run: in-flight requests abandoned at the end are not counted, their work is.
  const cpu1 = cpuMs(target.pid);
  const neo1 = cpuMs(o.neo4jPid);
  const per = (a?: number, b?: number) =>
    a !== undefined && b !== undefined && m.requests > 0
      ? round((b - a) / m.requests, 3)
      : undefined;
  return { ...m, sutCpuMsPerReq: per(cpu0, cpu1), neo4jCpuMsPerReq: per(neo0, neo1) };
}

async function httpRun(
  url: string,
  target: Target,
  c: QueryClass,
  o: { connections: number; durationS: number },
): Promise<Measurement> {
  const bodies = c.params.map((p) => JSON.stringify(target.body(c, p)));
  let next = 0;
  const prefix = `${target.writePrefix ?? "x"}${Date.now().toString(36)}`;
  const bodyOf = () =>
    c.write
      ? JSON.stringify(target.body(c, writeParams(prefix, next++)))
      : bodies[next++ % bodies.length];
  let errors = 0;
  let bytes = 0;
  let responses = 0;
  const result = await autocannon({
    url,
    method: "POST",
    connections: o.connections,
    duration: o.durationS,
    // The token only where it is needed (writes): reads are public, and verifying it costs CPU N does not spend.
    headers: { "content-type": "application/json", ...(c.write ? target.headers : {}) },
    requests: [
      {
        setupRequest: (req: autocannon.Request) => ({ ...req, body: bodyOf() }),
        // Per-request hook: autocannon collects the body only for requests that have one.
        onResponse: (status: number, body: string) => {
          responses++;
          bytes += body.length;
          if (isError(status, body)) errors++;
        },
      },
    ],
  } as autocannon.Options);
  const requests = result.requests.total;
  return {
    requests,
    errors: errors + result.errors + result.timeouts,
    rps: round(requests / o.durationS, 1),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    bytesPerResponse: responses ? Math.round(bytes / responses) : 0,
  };
}

async function driverLoop(
  gateway: GraphGateway,
  c: QueryClass,
  o: { connections: number; durationS: number },
): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const end = performance.now() + o.durationS * 1000;
  const prefix = `l0${Date.now().toString(36)}`;
  const worker = async () => {
    while (performance.now() < end) {
      const p = c.write ? writeParams(prefix, next++) : paramsAt(c, next++);
      const t = performance.now();
      try {
        const rows = await runStatements(gateway, c, p);
        // Size of the first answer only: L0 is the driver floor, it does not serialise.
        if (bytes === 0) bytes = JSON.stringify(rows).length;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: o.connections }, worker));
  latencies.sort((a, b) => a - b);
  const q = (f: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))] ?? 0, 2);
  return {
    requests: latencies.length,
    errors,
    rps: round(latencies.length / o.durationS, 1),
    p50: q(0.5),
    p90: q(0.9),
    p99: q(0.99),
    max: q(1),
    bytesPerResponse: bytes,
  };
}

export const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

import { bodies, type RunningSut } from "./suts";
import { median } from "./measure";
import { runInWorker, summarize } from "./open-loop";
import type { QueryClass } from "./workload";

/** T6: our server and N at the same fixed arrival rate, 80% of N's best closed-loop throughput for the class. */
export interface OpenLoopRow {
  readonly classId: string;
  readonly sut: "O" | "N";
  /** Offered requests per second (the same for O and N). */
  readonly rate: number;
  readonly achievedRate: number;
  readonly requests: number;
  readonly errors: number;
  /** Errors by HTTP status and code, e.g. "503:SERVICE_UNAVAILABLE" (see `summarize`). */
  readonly errorKinds: Record<string, number>;
  /** Latency from each request's scheduled time (coordinated omission corrected), ms. */
  readonly p50: number;
  readonly p99: number;
}

export const OPEN_LOOP_SHARE = 0.8;

/**
 * For each read class N can express: rate = 80% of N's highest median req/s over the closed-loop runs, then
 * `reps` interleaved open-loop runs of `durationS` each for N and O (order alternating), medians reported.
 */
export async function compareOpenLoop(
  classes: QueryClass[],
  suts: RunningSut[],
  nMaxRps: (classId: string) => number | undefined,
  o: { durationS: number; reps: number; say: (line: string) => void },
): Promise<OpenLoopRow[]> {
  const pair = suts.filter(
    (s): s is RunningSut & { id: "O" | "N"; url: string } =>
      (s.id === "O" || s.id === "N") && !!s.url,
  );
  if (pair.length < 2) return [];
  const rows: OpenLoopRow[] = [];
  for (const c of classes.filter((x) => typeof x.neo4jGraphql === "function" && !x.write)) {
    const max = nMaxRps(c.id);
    if (!max) continue;
    const rate = Math.max(1, Math.round(max * OPEN_LOOP_SHARE));
    const runs = new Map<string, Array<Omit<OpenLoopRow, "classId" | "sut" | "rate">>>();
    for (let rep = 0; rep < o.reps; rep++) {
      for (const sut of rep % 2 === 0 ? pair : [...pair].reverse()) {
        const result = await runInWorker({
          url: sut.url,
          bodies: c.params.map((p) => JSON.stringify(bodies[sut.id](c, p))),
          headers: { "content-type": "application/json" },
          phases: [{ rate, durationMs: o.durationS * 1000 }],
          preconnect: { count: 16, path: sut.id === "O" ? "/health/live" : "/" },
        });
        const all = summarize(result.samples);
        const m = {
          errorKinds: all.failures,
          achievedRate: Math.round(result.achievedRate),
          requests: all.requests,
          errors: all.requests - all.ok,
          p50: all.p50,
          p99: all.p99,
        };
        runs.set(sut.id, [...(runs.get(sut.id) ?? []), m]);
        o.say(
          `  open loop ${c.id} ${sut.id} at ${rate} req/s: p50 ${m.p50} ms, p99 ${m.p99} ms, errors ${m.errors}${m.errors ? ` ${JSON.stringify(m.errorKinds)}` : ""}, achieved ${m.achievedRate} req/s`,
        );
      }
    }
    for (const [sut, ms] of runs) {
      const med = (f: (m: (typeof ms)[number]) => number) => median(ms.map(f));
      rows.push({
        classId: c.id,
        sut: sut as "O" | "N",
        rate,
        achievedRate: med((m) => m.achievedRate),
        requests: ms.reduce((s, m) => s + m.requests, 0),
        errors: ms.reduce((s, m) => s + m.errors, 0),
        errorKinds: ms.reduce<Record<string, number>>((all, m) => {
          for (const [k, v] of Object.entries(m.errorKinds)) all[k] = (all[k] ?? 0) + v;
          return all;
        }, {}),
        p50: med((m) => m.p50),
        p99: med((m) => m.p99),
      });
    }
  }
  return rows;
}

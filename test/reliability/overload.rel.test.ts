import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { median } from "../../bench/measure";
import { runInWorker, summarize, type LoadResult, type LoadSpec, type Sample } from "../../bench/open-loop";
import { loadConfig } from "../../src/config";
import { TestApi } from "../support/api";
import { CustomApi } from "../support/custom-api";

/**
 * L2 (saturation sweep), L3 (open-loop SLO) and L5 (overload) of shared/RELIABILITY-TESTS.md, scaled down from
 * minutes to seconds to fit the test run. The server is ours, in this process, over the test Neo4j with the seed,
 * with the default limits except the rate limit (off: every request comes from 127.0.0.1), so admission control
 * runs at its default (MAX_IN_FLIGHT = 1.25 x the Bolt pool = 63). The load comes from bench/open-loop.ts on a
 * worker thread (its own event loop: the server cannot delay the generator's schedule), over keep-alive sockets
 * opened before each open-loop run (a client's warm pool; see docs/RELIABILITY.md for what a connection storm
 * does). The mix is BENCH-METHOD's Q1 (entity by id) and Q2 (1-hop neighbourhood, limit 25) over ten seeded
 * companies, in rotation.
 *
 * - L2: closed loop at c = 1, 2, 4, 8, 16, 32 for SWEEP_MS each, then MAX_MS at c = 8 ("max", from which L3's
 *   rates are set): 0 errors at every level (a 200 carrying `errors` counts as one).
 * - L3: open loop at 50% and 80% of max (the lower of L2's and one measured again just before the level) for
 *   SLO_MS each, latency from the scheduled send time (coordinated omission corrected): the generator kept its
 *   schedule, 0 errors, p99 under a bound, no upward trend.
 * - L5: open loop at 2x the best throughput L2 saw for OVERLOAD_MS, then 50% of max for RECOVERY_MS, in one
 *   schedule (the drop happens while the overload's backlog is still there): every non-200 is 503
 *   SERVICE_UNAVAILABLE (admission) or 429 RATE_LIMITED, none 500, no connection error or timeout, no 200
 *   carrying errors; rejections fast; admitted requests bounded; within DROP_SETTLE_MS of the drop, p99 back
 *   near L3's at 50% (per-second p99s), and from then on nothing rejected (the run goes once more when these
 *   recovery checks fail, as an L3 level does: a stall of the shared machine there looks like an overload);
 *   /health/live still answers.
 * Latency bounds are set from measured runs on the shared 2-core machine (docs/RELIABILITY.md, L2/L3/L5), with
 * margin for the other jobs there; figures go to $TMPDIR/iij-kg-overload.json and stderr.
 */
const IDS = ["iij", "ntt", "kddi", "konami", "nec", "fujitsu", "iij-tech", "crosswave", "gdx-japan", "ntt-communications"];
const Q1 = `query E($id: ID!) { entity(id: $id) { id name kind ... on Company { shortName } } }`;
const Q2 = `query Nb($id: ID!) { neighborhood(id: $id, depth: 1, limit: 25) { truncated nodes { id label kind } edges { id source target type } } }`;
const BODIES = IDS.flatMap((id) => [JSON.stringify({ query: Q1, variables: { id } }), JSON.stringify({ query: Q2, variables: { id } })]);

const SWEEP = [1, 2, 4, 8, 16, 32];
const SWEEP_MS = 1500;
const MAX_CONNECTIONS = 8;
const MAX_MS = 3000;
/** Closed loop at c = MAX_CONNECTIONS just before each L3 level. */
const PROBE_MS = 2000;
/** 5 min (L3) and 2 min (L5) of the checklist, scaled to seconds. */
const SLO_MS = 10000;
const OVERLOAD_MS = 10000;
const RECOVERY_MS = 10000;
/** The checklist's "within 10 s of the drop", scaled down with the phases. */
const DROP_SETTLE_MS = 3000;
/** Keep-alive sockets of the generator: L3 (well above what 80% of max needs), L5 (4x MAX_IN_FLIGHT). */
const L3_SOCKETS = 64;
const L5_SOCKETS = 256;

/** Bounds, from the runs recorded in docs/RELIABILITY.md (L3, L5) with margin for the other jobs on the machine. */
const L3_P99_MS = 1500;
const TREND_FACTOR = 3;
const TREND_SLACK_MS = 25;
const REJECT_P99_MS = 1000;
const ADMITTED_P99_MS = 2000;
const RECOVERY_FACTOR = 2;
const RECOVERY_SLACK_MS = 25;

jest.setTimeout(150000);

const ok = (s: Sample) => s.status === 200 && !s.gqlErrors;
const admissionOr429 = (s: Sample) =>
  (s.status === 503 && s.codes.join() === "SERVICE_UNAVAILABLE") || (s.status === 429 && s.codes.join() === "RATE_LIMITED");

/** Latency summary of each second of a run (by scheduled time). */
function perSecond(samples: readonly Sample[], ms: number) {
  return Array.from({ length: Math.ceil(ms / 1000) }, (_, k) => {
    const w = summarize(samples, k * 1000, (k + 1) * 1000);
    return { t: k, n: w.requests, ok: w.ok, p50: w.p50, p99: w.p99 };
  });
}

describe("L2, L3, L5: saturation, open-loop SLO, overload", () => {
  let shared: TestApi;
  let api: CustomApi;
  const figures: Record<string, unknown> = { maxInFlight: loadConfig().limits.maxInFlight };
  let maxRps = 0;
  let bestRps = 0;
  /** L3 at 50%: p99 of the run, and the median of its per-second p99s. */
  let l3HalfP99 = 0;
  let l3HalfSecondP99 = 0;

  /**
   * One run of the generator, with what the server's thread (this one) did meanwhile: event-loop utilisation
   * and delay, CPU of this process (server and generator) per request, peak of admitted requests.
   */
  const load = async (spec: Omit<LoadSpec, "url" | "bodies">) => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const elu0 = performance.eventLoopUtilization();
    const cpu0 = process.cpuUsage();
    const gauge = api.server.metrics.registry.getSingleMetric("graphql_admission_in_flight");
    let peak = 0;
    const poll = setInterval(() => void gauge?.get().then((m) => (peak = Math.max(peak, m.values[0]?.value ?? 0))), 50);
    try {
      // Closed loops open their connections first too (and warm the worker's HTTP client), so that the first
      // requests of a level do not carry the worker's start.
      const preconnect = spec.preconnect ?? (spec.closed ? { count: spec.closed.connections, path: "/health/live" } : undefined);
      const result: LoadResult = await runInWorker({ url: api.server.url, bodies: BODIES, ...spec, preconnect });
      const cpu = process.cpuUsage(cpu0);
      return {
        ...result,
        server: {
          elu: Math.round(performance.eventLoopUtilization(elu0).utilization * 100) / 100,
          loopDelayP99Ms: Math.round(delay.percentile(99) / 1e6),
          loopDelayMaxMs: Math.round(delay.max / 1e6),
          cpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, result.offered)) * 100) / 100,
          admittedPeak: peak,
        },
      };
    } finally {
      clearInterval(poll);
      delay.disable();
    }
  };

  beforeAll(async () => {
    shared = await TestApi.start();
    api = await CustomApi.start(shared.db.gateway, { rateLimitMax: 0 });
    // Warm-up, not measured: each body a few times (the first requests on a fresh Neo4j wait seconds for its
    // plans: 7 requests in a first 4 s), then a closed loop.
    for (let round = 0; round < 3; round++) {
      await Promise.all(BODIES.map((body) => fetch(api.server.url, { method: "POST", headers: { "content-type": "application/json" }, body }).then((r) => r.text())));
    }
    await load({ closed: { connections: 4, durationMs: 2000 } });
  });

  afterAll(async () => {
    writeFileSync(join(tmpdir(), "iij-kg-overload.json"), JSON.stringify(figures, null, 2));
    process.stderr.write(`overload figures: ${JSON.stringify(figures)}\n`);
    await api?.stop();
    await shared?.stop();
  });

  it(`L2: closed loop at c = ${SWEEP.join(", ")}, then c = ${MAX_CONNECTIONS} for the max: 0 errors at every level`, async () => {
    const levels: Array<{ c: number; rps: number; requests: number; p50: number; p99: number; failures: Record<string, number>; server: object }> = [];
    for (const connections of [...SWEEP, MAX_CONNECTIONS]) {
      const durationMs = levels.length === SWEEP.length ? MAX_MS : SWEEP_MS;
      const run = await load({ closed: { connections, durationMs } });
      const s = summarize(run.samples);
      levels.push({ c: connections, rps: run.achievedRate, requests: s.requests, p50: s.p50, p99: s.p99, failures: s.failures, server: run.server });
    }
    const max = levels.pop()!;
    maxRps = max.rps;
    bestRps = Math.max(maxRps, ...levels.map((l) => l.rps));
    figures.sweep = levels;
    figures.max = { ...max, bestRps };
    for (const level of [...levels, max]) {
      expect({ c: level.c, failures: level.failures }).toEqual({ c: level.c, failures: {} });
      expect(level.requests).toBeGreaterThan(0);
    }
    expect(maxRps).toBeGreaterThan(10);
  });

  it("L3: open loop at 50% and 80% of max, coordinated-omission corrected: 0 errors, p99 bounded, no upward trend", async () => {
    expect(maxRps).toBeGreaterThan(0);
    const levels: Array<Record<string, unknown>> = [];
    figures.l3 = levels;
    for (const share of [0.5, 0.8]) {
      // A level runs at most twice: a second time only when its p99 bound or trend check fails, with capacity
      // probed again. The other jobs on the machine move capacity by up to half from minute to minute, so a rate
      // set from one probe can exceed what the server has a minute later (a queue then grows: the trend check
      // sees it). A server that really queues at a sustainable rate fails both attempts.
      for (let attempt = 1; attempt <= 2; attempt++) {
        // The max is measured again just before each level, and the rate set from the lower of the two.
        const probe = await load({ closed: { connections: MAX_CONNECTIONS, durationMs: PROBE_MS } });
        expect(summarize(probe.samples).failures).toEqual({});
        const base = Math.min(maxRps, probe.achievedRate);
        const rate = Math.round(base * share);
        const run = await load({ phases: [{ rate, durationMs: SLO_MS }], maxSockets: L3_SOCKETS, preconnect: { count: L3_SOCKETS, path: "/health/live" } });
        const all = summarize(run.samples);
        const seconds = perSecond(run.samples, SLO_MS);
        // Trend: the median of the per-second p99s of the last 3 seconds against the first 3 (one stall of the
        // shared machine moves one second's p99, not the median; a queue that grows moves them all).
        const first = median(seconds.slice(0, 3).map((w) => w.p99));
        const last = median(seconds.slice(-3).map((w) => w.p99));
        const timely = all.p99 < L3_P99_MS && last <= TREND_FACTOR * first + TREND_SLACK_MS;
        levels.push({
          share,
          attempt,
          probeRps: probe.achievedRate,
          rate,
          achieved: run.achievedRate,
          sendLag: run.sendLagMs,
          ...all,
          secondP99Median: median(seconds.map((w) => w.p99)),
          trend: { first, last },
          server: run.server,
          perSecondP99: seconds.map((w) => w.p99),
        });
        // The generator kept its schedule (else the figures are the generator's); no request failed, either attempt.
        expect(run.achievedRate).toBeGreaterThan(rate * 0.95);
        expect(all.failures).toEqual({});
        expect(all.ok).toBe(run.offered);
        if (!timely && attempt === 1) continue;
        if (share === 0.5) {
          l3HalfP99 = all.p99;
          l3HalfSecondP99 = median(seconds.map((w) => w.p99));
        }
        expect(all.p99).toBeLessThan(L3_P99_MS);
        expect(last).toBeLessThanOrEqual(TREND_FACTOR * first + TREND_SLACK_MS);
        break;
      }
    }
  }, 120000);

  it("L5: 2x max, then 50%: only fast 503 rejections, admitted requests bounded, p99 back after the drop", async () => {
    expect(bestRps).toBeGreaterThan(0);
    expect(l3HalfP99).toBeGreaterThan(0);
    const high = Math.round(bestRps * 2);
    const low = Math.round(maxRps * 0.5);
    const attempts: Array<Record<string, unknown>> = [];
    figures.l5 = attempts;
    // The run goes at most twice: a second time only when a recovery check fails (the p99 back within
    // DROP_SETTLE_MS, nothing rejected and p99 bounded from then on). A stall of the shared machine in the settled
    // window (another job's browser, a GC) makes requests pile up past MAX_IN_FLIGHT, and admission control then
    // rightly answers 503 for a moment; a server that does not recover fails both runs. Every other check holds
    // in every run.
    for (let attempt = 1; attempt <= 2; attempt++) {
      const run = await load({
        phases: [{ rate: high, durationMs: OVERLOAD_MS }, { rate: low, durationMs: RECOVERY_MS }],
        maxSockets: L5_SOCKETS,
        preconnect: { count: L5_SOCKETS, path: "/health/live" },
      });
      const end = OVERLOAD_MS + RECOVERY_MS;
      const overload = summarize(run.samples, 0, OVERLOAD_MS);
      const admitted = summarize(run.samples, 0, end, (s) => s.status === 200);
      const rejected = summarize(run.samples, 0, end, (s) => s.status !== 200);
      const settled = summarize(run.samples, OVERLOAD_MS + DROP_SETTLE_MS, end);
      const seconds = perSecond(run.samples, end);
      const recoveryBoundMs = RECOVERY_FACTOR * l3HalfSecondP99 + RECOVERY_SLACK_MS;
      // Recovery time: from the drop to the start of the first second whose p99 is back within the bound. A
      // backlog drains second by second (each later second better than the one before), so the first good second
      // marks its end; a stall of the shared machine later on does not move it.
      const firstGood = seconds.findIndex((w) => w.t >= OVERLOAD_MS / 1000 && w.p99 <= recoveryBoundMs);
      const recoveredAfterMs = firstGood < 0 ? Infinity : firstGood * 1000 - OVERLOAD_MS;
      attempts.push({
        attempt,
        high,
        low,
        achieved: run.achievedRate,
        sendLag: run.sendLagMs,
        server: run.server,
        freshConnections: run.samples.filter((s) => s.fresh).length,
        overload,
        afterDrop: summarize(run.samples, OVERLOAD_MS, end),
        admitted: { n: admitted.requests, p50: admitted.p50, p99: admitted.p99, max: admitted.max },
        rejected: { n: rejected.requests, p50: rejected.p50, p99: rejected.p99, max: rejected.max },
        settled,
        recoveredAfterMs,
        l3HalfP99,
        l3HalfSecondP99,
        recoveryBoundMs,
        perSecond: seconds,
      });

      // The generator offered what it was asked to.
      expect(run.achievedRate).toBeGreaterThan(((high * OVERLOAD_MS + low * RECOVERY_MS) / end) * 0.9);
      // Every request was answered, and every failure is an admission 503 (or a 429) with its code: no 500, no
      // dropped connection or timeout, no 200 carrying errors (e.g. a pool-acquisition SERVICE_UNAVAILABLE).
      expect(run.samples.filter((s) => !ok(s) && !admissionOr429(s)).slice(0, 5)).toEqual([]);
      // The overload was real: the server turned requests away, and kept serving meanwhile.
      expect(rejected.requests).toBeGreaterThan(0);
      expect(overload.ok).toBeGreaterThan(0);
      // Rejections are fast and admitted requests bounded: no unbounded queue.
      expect(rejected.p99).toBeLessThan(REJECT_P99_MS);
      expect(admitted.p99).toBeLessThan(ADMITTED_P99_MS);
      const recovered =
        recoveredAfterMs <= DROP_SETTLE_MS && Object.keys(settled.failures).length === 0 && settled.p99 < L3_P99_MS;
      if (!recovered && attempt === 1) continue;
      // Recovery: within DROP_SETTLE_MS of the drop, a second's p99 is back within RECOVERY_FACTOR x L3's at 50%
      // (the median of its per-second p99s) + RECOVERY_SLACK_MS; from then on everything is answered, and the
      // window's p99 is within L3's bound.
      expect(recoveredAfterMs).toBeLessThanOrEqual(DROP_SETTLE_MS);
      expect(settled.failures).toEqual({});
      expect(settled.p99).toBeLessThan(L3_P99_MS);
      break;
    }
    const live = await fetch(`${api.baseUrl}/health/live`);
    attempts.push({ liveAfter: live.status });
    // The server process is up and answering.
    expect(live.status).toBe(200);
  });
});

import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { loadConfig } from "../../src/config";
import { createServer, type RunningServer } from "../../src/server";
import { TestApi } from "../support/api";

/**
 * F11: the event-loop monitor (src/http/event-loop-monitor.ts). Two servers run in this process, one with
 * EVENT_LOOP_STALL_MS=200 and one with 5,000; the test blocks the event loop synchronously for 300 ms.
 * The first must log a warning and count a stall on /metrics; the second must not (so the threshold works).
 * Figures go to $TMPDIR/iij-kg-event-loop.json.
 */
const BLOCK_MS = 300;

interface LogLine {
  level: number;
  msg: string;
  eventLoopDelayMs?: number;
  thresholdMs?: number;
}

function capturingLogger(lines: LogLine[]) {
  return pino(
    { level: "warn" },
    { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  );
}

async function metric(server: RunningServer, name: string): Promise<number> {
  const text = await (await fetch(server.url.replace(/\/graphql$/, "/metrics"))).text();
  const match = new RegExp(`^${name} ([0-9.e+-]+)$`, "m").exec(text);
  if (!match) throw new Error(`${name} is not on /metrics`);
  return Number(match[1]);
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("F11: event-loop stall detection", () => {
  let shared: TestApi;
  let sensitive: RunningServer;
  let tolerant: RunningServer;
  const sensitiveLog: LogLine[] = [];
  const tolerantLog: LogLine[] = [];

  beforeAll(async () => {
    shared = await TestApi.start();
    const config = loadConfig();
    const settings = (stallMs: number) => ({
      ...config,
      limits: { ...config.limits, rateLimitMax: 0 },
      monitoring: { eventLoopStallMs: stallMs },
    });
    sensitive = await createServer(
      {
        gateway: shared.db.gateway,
        logger: capturingLogger(sensitiveLog),
        config: settings(200),
      },
      0,
      "127.0.0.1",
    );
    tolerant = await createServer(
      {
        gateway: shared.db.gateway,
        logger: capturingLogger(tolerantLog),
        config: settings(5000),
      },
      0,
      "127.0.0.1",
    );
  });
  afterAll(async () => {
    await sensitive?.stop();
    await tolerant?.stop();
    await shared.stop();
  });

  it(`a ${BLOCK_MS} ms synchronous block is logged and counted above a 200 ms threshold, not above 5,000 ms`, async () => {
    // Let both monitors take a first reading; what came before (startup, jest) is not this test's stall.
    await wait(1200);
    const stallsBefore = await metric(sensitive, "nodejs_eventloop_stalls_total");
    const tolerantBefore = await metric(tolerant, "nodejs_eventloop_stalls_total");
    const warningsBefore = sensitiveLog.length;

    const blockedAt = performance.now();
    while (performance.now() - blockedAt < BLOCK_MS) {
      // A synchronous block: nothing else runs on this thread meanwhile.
    }
    // The monitors check every 500 ms; give them a few intervals.
    await wait(1500);

    const stallsAfter = await metric(sensitive, "nodejs_eventloop_stalls_total");
    const lastStallSeconds = await metric(sensitive, "nodejs_eventloop_last_stall_seconds");
    const warnings = sensitiveLog
      .slice(warningsBefore)
      .filter((l) => l.msg === "event loop stalled");
    const seen = Math.max(0, ...warnings.map((w) => w.eventLoopDelayMs ?? 0));
    // The server also still answers.
    const res = await fetch(sensitive.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { nodes } }" }),
    });
    const figures = {
      blockMs: BLOCK_MS,
      stallsCounted: stallsAfter - stallsBefore,
      lastStallSeconds,
      loggedDelaysMs: warnings.map((w) => w.eventLoopDelayMs),
    };
    writeFileSync(join(tmpdir(), "iij-kg-event-loop.json"), JSON.stringify(figures));
    process.stderr.write(`event-loop figures: ${JSON.stringify(figures)}\n`);

    expect(stallsAfter - stallsBefore).toBeGreaterThanOrEqual(1);
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings[0]).toMatchObject({ level: 40, thresholdMs: 200 });
    // The monitor records how late its 10 ms timer fired: about the block, less one sampling step.
    expect(seen).toBeGreaterThanOrEqual(BLOCK_MS - 30);
    expect(lastStallSeconds).toBeGreaterThanOrEqual((BLOCK_MS - 30) / 1000);
    expect(res.status).toBe(200);

    // The 5,000 ms threshold ignores the same block.
    expect((await metric(tolerant, "nodejs_eventloop_stalls_total")) - tolerantBefore).toBe(0);
    expect(tolerantLog.filter((l) => l.msg === "event loop stalled")).toEqual([]);
  });
});

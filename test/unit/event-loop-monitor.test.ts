import pino from "pino";
import { Registry } from "prom-client";
import { EventLoopMonitor } from "../../src/http/event-loop-monitor";

const block = (ms: number) => {
  const started = performance.now();
  while (performance.now() - started < ms) {
    // nothing else runs on this thread meanwhile
  }
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("EventLoopMonitor", () => {
  it("sees a block that starts in the same turn of the loop as a check", async () => {
    const warnings: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => void warnings.push(line) });
    // Checks by hand only: the interval's own checks are far away.
    const monitor = new EventLoopMonitor(logger, new Registry(), {
      stallMs: 200,
      checkEveryMs: 60_000,
    }).start();
    try {
      await wait(50);
      monitor.check();
      block(300);
      await wait(50);
      expect(monitor.check()).toBeGreaterThanOrEqual(270);
      expect(warnings).toHaveLength(1);
    } finally {
      monitor.stop();
    }
  });
});

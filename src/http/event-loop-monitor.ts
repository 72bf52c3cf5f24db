import { monitorEventLoopDelay, type ELDHistogram } from "node:perf_hooks";
import { Counter, Gauge, type Registry } from "prom-client";
import type { Logger } from "../logger";

export interface EventLoopMonitorOptions {
  /** A delay above this many milliseconds is a stall (EVENT_LOOP_STALL_MS). */
  readonly stallMs: number;
  /** How often the longest delay seen is checked; default 500 ms. */
  readonly checkEveryMs?: number;
}

/**
 * Watches the event loop with Node's own delay histogram (perf_hooks.monitorEventLoopDelay). Every
 * `checkEveryMs` it takes the longest delay seen since the last check; above `stallMs`, it logs one warning
 * and counts a stall on `nodejs_eventloop_stalls_total`, and `nodejs_eventloop_last_stall_seconds` says how
 * long the latest one was. A synchronous block (a CPU-heavy resolver, a huge JSON.stringify) shows up here.
 */
export class EventLoopMonitor {
  private readonly histogram: ELDHistogram;
  private readonly stalls: Counter;
  private readonly lastStall: Gauge;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    registry: Registry,
    private readonly options: EventLoopMonitorOptions,
  ) {
    // 10 ms sampling: the delay of a 10 ms timer is what the histogram records.
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.stalls = new Counter({
      name: "nodejs_eventloop_stalls_total",
      help: "Event-loop delays longer than EVENT_LOOP_STALL_MS (counted at most once per check interval).",
      registers: [registry],
    });
    this.lastStall = new Gauge({
      name: "nodejs_eventloop_last_stall_seconds",
      help: "Length of the latest event-loop stall (0 until one happens).",
      registers: [registry],
    });
  }

  start(): this {
    if (this.timer) return this;
    this.histogram.enable();
    this.timer = setInterval(() => this.check(), this.options.checkEveryMs ?? 500);
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.histogram.disable();
  }

  /** Longest delay since the previous check, in ms; logs and counts it when it is a stall. */
  check(): number {
    // max is in nanoseconds; an empty histogram reports 0.
    const delayMs = this.histogram.max / 1e6;
    this.histogram.reset();
    if (delayMs > this.options.stallMs) {
      this.stalls.inc();
      this.lastStall.set(delayMs / 1000);
      this.logger.warn(
        { eventLoopDelayMs: Math.round(delayMs), thresholdMs: this.options.stallMs },
        "event loop stalled",
      );
    }
    return delayMs;
  }
}

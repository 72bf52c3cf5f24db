import { Counter, Gauge, type Registry } from "prom-client";
import type { Logger } from "../logger";

export interface EventLoopMonitorOptions {
  /** A delay above this many milliseconds is a stall (EVENT_LOOP_STALL_MS). */
  readonly stallMs: number;
  /** How often the longest delay seen is checked; default 500 ms. */
  readonly checkEveryMs?: number;
}

/** How often the loop's delay is sampled: a timer this often, and how late it fires is the delay. */
const SAMPLE_EVERY_MS = 10;

/**
 * Watches the event loop: a timer every 10 ms notes how late it fired, and every `checkEveryMs` the longest
 * delay since the last check is taken; above `stallMs`, it logs one warning and counts a stall on
 * `nodejs_eventloop_stalls_total`, and `nodejs_eventloop_last_stall_seconds` says how long the latest one was.
 * A synchronous block (a CPU-heavy resolver, a huge JSON.stringify) shows up here.
 *
 * Not Node's perf_hooks.monitorEventLoopDelay: its `reset()` also forgets when it last sampled, so a block that
 * starts in the same turn of the loop as a check (right after the reset) is never recorded.
 */
export class EventLoopMonitor {
  private readonly stalls: Counter;
  private readonly lastStall: Gauge;
  private timer: NodeJS.Timeout | undefined;
  private sampler: NodeJS.Timeout | undefined;
  /** When the sampler last ran (never reset, so the first sample after a check still sees a block). */
  private lastSampleAt = 0;
  /** The longest delay sampled since the last check, in ms. */
  private longestMs = 0;

  constructor(
    private readonly logger: Logger,
    registry: Registry,
    private readonly options: EventLoopMonitorOptions,
  ) {
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
    this.lastSampleAt = performance.now();
    this.sampler = setInterval(() => this.sample(), SAMPLE_EVERY_MS);
    this.sampler.unref();
    this.timer = setInterval(() => this.check(), this.options.checkEveryMs ?? 500);
    this.timer.unref();
    return this;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.sampler) clearInterval(this.sampler);
    this.timer = undefined;
    this.sampler = undefined;
  }

  private sample(): void {
    const now = performance.now();
    this.longestMs = Math.max(this.longestMs, now - this.lastSampleAt - SAMPLE_EVERY_MS);
    this.lastSampleAt = now;
  }

  /** Longest delay since the previous check, in ms; logs and counts it when it is a stall. */
  check(): number {
    const delayMs = this.longestMs;
    this.longestMs = 0;
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

import type { Logger } from "../logger";
import type { ChangeRecord } from "./change.records";
import type { ChangeItemKind } from "./change.rules";
import type { ChangeFeedMetrics } from "./change-feed.metrics";
import { listChanges, type LogReader } from "./changes.store";

export interface ChangeFeedOptions {
  /** How often the log is read while anyone subscribes (milliseconds). */
  readonly pollMs: number;
  /** A subscriber this many changes behind the log is disconnected (a slow consumer). */
  readonly maxLag: number;
  /** Changes read per statement. */
  readonly pageSize?: number;
  /** Recent changes kept in memory for subscribers that are a little behind. */
  readonly bufferSize?: number;
  /** How long a missing number is waited for before it is passed over (it never commits then). */
  readonly gapWaitMs?: number;
}

export interface ChangeSelection {
  readonly kinds: ReadonlySet<ChangeItemKind> | null;
  readonly ids: ReadonlySet<string> | null;
}

/** Why a subscriber's stream ended on the server's side. */
export class SlowConsumerError extends Error {
  override readonly name = "SlowConsumerError";
}

const matches = (c: ChangeRecord, s: ChangeSelection) =>
  (s.kinds === null || s.kinds.has(c.itemKind)) && (s.ids === null || s.ids.has(c.itemId));

/**
 * One replica's view of the change log: it reads the log from Neo4j by sequence number (a short poll on the seq
 * index while anyone subscribes), and takes this replica's own changes from the sequencer as they are numbered,
 * so a write through any replica reaches subscribers on every replica. Each subscriber keeps its own cursor and
 * gets every change after it once, in order: from the recent changes in memory, or from the log when it is
 * further behind.
 */
export class ChangeFeed {
  private head = -1;
  private started: Promise<void> | undefined;
  /** True once the first read has set the head. */
  private ready = false;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private again = false;
  private recent: ChangeRecord[] = [];
  private waiters = new Set<() => void>();
  private subscribers = 0;
  private gapSince: number | undefined;
  private stopped = false;
  private readonly pageSize: number;
  private readonly bufferSize: number;
  private readonly gapWaitMs: number;

  constructor(
    private readonly reader: LogReader,
    private readonly logger: Logger,
    private readonly metrics: ChangeFeedMetrics,
    private readonly options: ChangeFeedOptions,
  ) {
    this.pageSize = options.pageSize ?? 500;
    this.bufferSize = options.bufferSize ?? 5000;
    this.gapWaitMs = options.gapWaitMs ?? 5000;
  }

  /**
   * Whether the feed takes the changes this replica numbers (`offer`): only while anyone subscribes. With no
   * subscriber the feed forgets where it was, and the next one starts from a fresh read of the log's head.
   */
  wantsOffers(): boolean {
    return this.ready && this.subscribers > 0 && !this.stopped;
  }

  /**
   * Takes changes this replica has just numbered (ChangeSequencer), in order, without reading the log; reads it
   * when they do not follow the head (another replica numbered some in between) or while a read is under way.
   */
  offer(changes: readonly ChangeRecord[]): void {
    if (!this.ready || this.stopped) return;
    const fresh = changes.filter((c) => c.seq > this.head);
    if (fresh.length === 0) return;
    if (this.polling || this.take(fresh) < fresh.length) void this.poll();
  }

  /** The highest sequence number in the log (read again when nobody subscribes: offers are not taken then). */
  async currentHead(): Promise<number> {
    if (this.subscribers === 0) this.forget();
    await this.start();
    return this.head;
  }

  /**
   * The changes after `after` (null: from now) that match `selection`, oldest first, each once; ends with
   * SlowConsumerError when the consumer falls more than maxLag changes behind, or when `signal` aborts.
   */
  async *stream(
    selection: ChangeSelection,
    after: number | null,
    signal: AbortSignal,
  ): AsyncGenerator<ChangeRecord> {
    // Counted first: the head this subscriber starts from is not forgotten under it (`forget`).
    this.subscribers += 1;
    this.metrics.subscriptions.inc();
    try {
      await this.start();
      let cursor = after ?? this.head;
      this.schedule();
      while (!signal.aborted && !this.stopped) {
        if (this.head - cursor > this.options.maxLag) {
          throw new SlowConsumerError(
            `Slow consumer: ${this.head - cursor} changes behind (at most ${this.options.maxLag}); reconnect with the last cursor`,
          );
        }
        const batch = await this.after(cursor);
        if (batch.length === 0) {
          await this.next(signal);
          continue;
        }
        for (const change of batch) {
          if (signal.aborted) return;
          cursor = change.seq;
          if (!matches(change, selection)) continue;
          yield change;
          this.metrics.deliveries.inc();
          this.metrics.lag.observe(Math.max(0, (Date.now() - Date.parse(change.time)) / 1000));
        }
      }
    } finally {
      this.subscribers -= 1;
      this.metrics.subscriptions.dec();
      if (this.subscribers === 0) this.forget();
    }
  }

  /** With no subscriber left: the head is read again by the next one (offers stop meanwhile). */
  private forget(): void {
    this.ready = false;
    this.started = undefined;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** Changes after `cursor` up to the head: from memory when it holds them, else one page of the log. */
  private async after(cursor: number): Promise<ChangeRecord[]> {
    if (cursor >= this.head) return [];
    const first = this.recent[0];
    if (first && first.seq <= cursor + 1) {
      return this.recent.filter((c) => c.seq > cursor).slice(0, this.pageSize);
    }
    // Everything up to the head has been read in order once; below it, the log is as it stays.
    const { changes } = await listChanges(
      this.reader,
      cursor,
      { kinds: null, ids: null },
      this.pageSize,
    );
    return changes.filter((c) => c.seq <= this.head).slice(0, this.pageSize);
  }

  private next(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.waiters.delete(done);
        signal.removeEventListener("abort", done);
        resolve();
      };
      this.waiters.add(done);
      signal.addEventListener("abort", done, { once: true });
    });
  }

  private start(): Promise<void> {
    this.started ??= listChanges(
      this.reader,
      Number.MAX_SAFE_INTEGER,
      { kinds: null, ids: null },
      1,
    ).then(({ head }) => {
      // After a time without subscribers: what was kept in memory stops short of the new head. The head
      // never moves back (two reads of it may end out of order).
      if (head > this.head) {
        this.head = head;
        this.recent = [];
        this.gapSince = undefined;
      }
      this.ready = true;
      this.metrics.head.set(this.head);
    });
    // A failed first read is tried again by the next subscriber.
    this.started.catch(() => (this.started = undefined));
    return this.started;
  }

  private schedule(): void {
    if (this.timer || this.stopped || this.subscribers === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.poll().finally(() => this.schedule());
    }, this.options.pollMs);
    this.timer.unref();
  }

  /** One read of the log after the head (again at once while pages come back full); one at a time. */
  private poll(): Promise<void> {
    if (this.polling) {
      this.again = true;
      return this.polling;
    }
    this.polling = (async () => {
      try {
        do {
          this.again = false;
          this.metrics.polls.inc();
          const { changes } = await listChanges(
            this.reader,
            this.head,
            { kinds: null, ids: null },
            this.pageSize,
          );
          const taken = this.take(changes);
          if (taken === this.pageSize) this.again = true;
        } while (this.again && !this.stopped);
      } catch (error) {
        this.logger.warn({ err: error }, "Could not read the change log; trying again");
      } finally {
        this.polling = undefined;
      }
    })();
    return this.polling;
  }

  /**
   * Takes the changes that follow the head without a gap. Numbers commit in order, but one read may see a later
   * number before an earlier one whose commit finished during the read: the gap is read again, and passed over
   * only if it stays (a number that never commits). Returns how many of `changes` it went through (taken, or
   * taken before).
   */
  private take(changes: readonly ChangeRecord[]): number {
    let taken = 0;
    let passed = 0;
    for (const change of changes.slice(0, this.pageSize)) {
      // Already taken (offered by the sequencer while this page was read).
      if (change.seq <= this.head) {
        passed += 1;
        continue;
      }
      if (change.seq !== this.head + 1) {
        const now = Date.now();
        this.gapSince ??= now;
        if (now - this.gapSince < this.gapWaitMs) break;
        this.logger.warn(
          { from: this.head + 1, to: change.seq - 1 },
          "Change numbers missing from the log; passed over",
        );
      }
      this.gapSince = undefined;
      this.head = change.seq;
      this.recent.push(change);
      taken += 1;
    }
    if (this.recent.length > this.bufferSize) {
      this.recent = this.recent.slice(this.recent.length - this.bufferSize);
    }
    if (taken > 0) {
      this.metrics.head.set(this.head);
      for (const wake of [...this.waiters]) wake();
    }
    return taken + passed;
  }
}

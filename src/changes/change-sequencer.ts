import type { Logger } from "pino";
import type { GraphGateway } from "../graph/gateway";
import { int } from "../graph/values";

export interface ChangeSequencerOptions {
  /** How often a replica looks for records left without a number (a writer that stopped right after its commit). */
  readonly sweepMs: number;
  /** Most records numbered by one statement (a run goes on while batches come back full). */
  readonly batch?: number;
}

/**
 * Numbers the change records that writes commit without one (`cypher/changes/sequence-pending.cypher`). A write
 * appends its records unnumbered and takes no log-wide lock, so writes commit side by side; each mutation then
 * waits for `flush()` before it answers, so its changes have their numbers (and are in `changes` and the feed)
 * when the client hears back. Runs are one at a time per replica; replicas' runs wait for each other on the
 * counter's lock in Neo4j. A sweep numbers what a stopped replica left.
 */
export class ChangeSequencer {
  private current: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: Array<() => void> = [];
  private readonly batch: number;

  constructor(
    private readonly gateway: GraphGateway,
    private readonly logger: Logger,
    private readonly options: ChangeSequencerOptions,
  ) {
    this.batch = options.batch ?? 1000;
  }

  /** Called after every run that numbered records (this replica's feed reads the log at once). */
  onNumbered(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * Resolves when a run that started after this call has ended: every record committed before the call then has
   * its number. Never rejects: a failed run is logged, and the next flush or sweep numbers what it left.
   */
  flush(): Promise<void> {
    this.queued ??= this.current.then(() => {
      this.queued = undefined;
      this.current = this.run();
      return this.current;
    });
    return this.queued;
  }

  /** Starts the sweep, after one flush for what was left while no replica ran. */
  start(): void {
    if (this.timer) return;
    void this.flush();
    this.timer = setInterval(() => void this.flush(), this.options.sweepMs);
    this.timer.unref();
  }

  /** Stops the sweep and waits for a run under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await (this.queued ?? this.current);
  }

  private async run(): Promise<void> {
    try {
      let numbered = 0;
      do {
        // Auto-commit: the counter's lock is held for the statement and its commit, in one round trip; a run
        // that finds nothing pending writes nothing.
        const [row] = await this.gateway.autoCommit(
          "changes/sequence-pending",
          { limit: int(this.batch) },
          { operation: "changes-sequencer" },
        );
        numbered = Number(row?.numbered ?? 0);
        if (numbered > 0) for (const listener of this.listeners) listener();
      } while (numbered === this.batch);
    } catch (error) {
      this.logger.warn(
        { err: error },
        "Could not number the change log's new records; trying again",
      );
    }
  }
}

import type { Logger } from "pino";
import type { CypherName } from "../graph/cypher-registry";
import type { GraphGateway, Params, Preceded } from "../graph/gateway";
import type { Rider } from "../graph/request-db";
import { int } from "../graph/values";
import { changeOf, type ChangeRecord } from "./change.records";

export interface ChangeSequencerOptions {
  /** How often a replica looks for records left without a number (a writer that stopped right after its commit). */
  readonly sweepMs: number;
  /** Most records numbered by one statement (a run goes on while batches come back full). */
  readonly batch?: number;
}

/** One run's answer (no row when nothing was pending); `changes` only when asked for. */
type SequenceRow = { numbered: number; head: number; changes: Array<Record<string, unknown>> };

declare module "../graph/statement-rows" {
  interface StatementRows {
    "changes/sequence-pending": SequenceRow;
  }
}

/** Who hears of the records a run numbered (this replica's feed). */
export interface NumberedListener {
  /** Whether it wants the records themselves now (they are read back from the run only then). */
  wants(): boolean;
  take(changes: ChangeRecord[]): void;
}

/**
 * Numbers the change records that writes commit without one (`cypher/changes/sequence-pending.cypher`). A write
 * appends its records unnumbered and takes no log-wide lock, so writes commit side by side; each mutation then
 * waits for `flush()` before it answers, so its changes have their numbers (and are in `changes` and the feed)
 * when the client hears back. Runs are one at a time per replica, each serving every write committed before it
 * started (group commit); replicas' runs wait for each other on the counter's lock in Neo4j. A sweep numbers
 * what a stopped replica left.
 *
 * What else a write does once committed rides with the run, in its transaction, before the numbering (the links
 * of its sentences, `Rider`): one transaction after the commit instead of two (bench/results/decisions.md,
 * "what a recorded write does after its commit").
 */
export class ChangeSequencer {
  private current: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  private riders = new Map<CypherName, Params[]>();
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: NumberedListener[] = [];
  private readonly batch: number;

  constructor(
    private readonly gateway: GraphGateway,
    private readonly logger: Logger,
    private readonly options: ChangeSequencerOptions,
  ) {
    this.batch = options.batch ?? 1000;
  }

  /**
   * Told after every run that numbered records, with those records in order when it wants them (this replica's
   * feed takes them without reading the log again).
   */
  onNumbered(listener: NumberedListener): void {
    this.listeners.push(listener);
  }

  /**
   * Resolves when a run that started after this call has ended: every record committed before the call then has
   * its number. Without a rider it never rejects: a failed run is logged, and the next flush or sweep numbers
   * what it left. With one, it rejects when the rider's rows were not written (the run's transaction failed).
   */
  flush(rider?: Rider): Promise<void> {
    if (rider && rider.rows.length > 0) {
      const rows = this.riders.get(rider.name) ?? [];
      rows.push(...rider.rows);
      this.riders.set(rider.name, rows);
    }
    this.queued ??= this.current.then(() => {
      this.queued = undefined;
      const riders = this.riders;
      this.riders = new Map();
      const run = this.run(riders);
      this.current = run.catch(() => undefined);
      return run;
    });
    return rider ? this.queued : this.queued.catch(() => undefined);
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
    await (this.queued ?? this.current).catch(() => undefined);
  }

  /**
   * Rejects only when `riders` were not written (the numbering is then tried on its own). The numbering runs as
   * an auto-commit statement, with the rows of one riding statement ahead of it in the same statement (`Preceded`):
   * one Bolt message, no BEGIN or COMMIT (bench/results/decisions.md, "what a recorded write does after its
   * commit"). Both are safe to run again, so a transient error is retried.
   */
  private async run(riders: ReadonlyMap<CypherName, Params[]>): Promise<void> {
    const work = { operation: "changes-sequencer" };
    const withChanges = this.listeners.some((l) => l.wants());
    const params = { limit: int(this.batch), withChanges };
    const sequence = "changes/sequence-pending" satisfies CypherName;
    let ridersFailed: unknown;
    let more = true;
    if (riders.size > 0) {
      const steps = [...riders].map(([name, rows]): [CypherName, Params] => [name, { rows }]);
      try {
        const [only] = steps;
        if (steps.length === 1 && only) {
          const statement: Preceded<typeof sequence> = {
            first: only[0],
            firstParams: only[1],
            then: sequence,
          };
          const [row] = await this.gateway.autoCommit(statement, params, work);
          more = this.numbered(row) === this.batch;
        } else {
          // Several riding statements (their parameters are all $rows): one managed transaction.
          const results = await this.gateway.writeAll([...steps, [sequence, params]], work);
          more = this.numbered(results.at(-1)?.[0] as SequenceRow | undefined) === this.batch;
        }
      } catch (error) {
        this.logger.warn(
          { err: error },
          "Could not write what rode with the change log's numbering",
        );
        ridersFailed = error;
      }
    }
    try {
      // The counter's lock is held for the statement and its commit, in one round trip; a run that finds
      // nothing pending writes nothing.
      while (more) {
        const [row] = await this.gateway.autoCommit(sequence, params, work);
        more = this.numbered(row) === this.batch;
      }
    } catch (error) {
      this.logger.warn(
        { err: error },
        "Could not number the change log's new records; trying again",
      );
    }
    if (ridersFailed !== undefined) throw ridersFailed;
  }

  /** How many records a run of sequence-pending numbered; hands them to the listeners. */
  private numbered(row: SequenceRow | undefined): number {
    const numbered = row?.numbered ?? 0;
    if (numbered > 0) {
      const changes = (row?.changes ?? []).map(changeOf);
      for (const listener of this.listeners) listener.take(changes);
    }
    return numbered;
  }
}

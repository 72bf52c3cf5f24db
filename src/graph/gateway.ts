import { setTimeout as sleep } from "node:timers/promises";
import {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Session,
} from "neo4j-driver";
import type { CypherName, CypherRegistry } from "./cypher-registry";
import type { GeneratedStatement } from "../translate/translate";
import { CommitOutcomeUnknownError, ServiceUnavailableError } from "../errors";
import { MAX_TRANSACTION_RETRY_MS } from "./driver";
import { mapNeo4jError } from "./neo4j-errors";
import { toPlain } from "./values";
import { RowBatcher } from "./row-batcher";
import type { RowOf } from "./statement-rows";

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** The first wait before a failed read runs again, as the driver waits before retrying a transaction. */
const READ_RETRY_FIRST_DELAY_MS = 1000;

/**
 * A registered statement sent ahead of another as one statement (one Bolt message, one execution in Neo4j):
 * `first` runs as a subquery (`CALL () { ... }`) with its own parameters, then `then` as it would alone. A write
 * uses it to append what it records to the read of its answer, and the change log's numbering to carry what rides
 * with it.
 */
export interface Preceded<
  Then extends CypherName | GeneratedStatement = CypherName | GeneratedStatement,
> {
  readonly first: CypherName;
  readonly firstParams: Params;
  readonly then: Then;
}

/**
 * A registered statement by name, one completed by the translator (its root file plus a RETURN clause), or one
 * preceded by another.
 */
export type Statement = CypherName | GeneratedStatement | Preceded;

/** Runs one statement inside the current transaction. */
export type StatementRunner = <S extends Statement>(
  statement: S,
  params?: Params,
) => Promise<RowOf<S>[]>;

/** Observes every statement run (metrics, per-request counters). */
export type StatementObserver = (name: CypherName, ms: number, ok: boolean) => void;

export interface GatewayOptions {
  readonly database: string;
  readonly timeoutMs: number;
  readonly app: string;
}

/** Per-unit-of-work metadata sent with each transaction, so Neo4j's query log leads back to it. */
export interface WorkContext {
  readonly operation?: string;
  readonly requestId?: string;
  readonly observe?: StatementObserver;
  /** A timeout of its own instead of the per-request one: bulk loads, whose size is not a request's. */
  readonly timeoutMs?: number;
}

/**
 * The only user of the driver's sessions and transactions: each call runs one transaction (a read as an
 * auto-commit transaction, writes as managed transactions in their own session) with an explicit access mode,
 * timeout and metadata, and maps records to plain values.
 */
export class GraphGateway {
  private readonly observers: StatementObserver[] = [];
  private readonly batchers = new Map<CypherName, RowBatcher>();

  constructor(
    private readonly driver: Driver,
    private readonly cypher: CypherRegistry,
    private readonly options: GatewayOptions,
  ) {}

  onStatement(observer: StatementObserver): void {
    this.observers.push(observer);
  }

  /**
   * Runs one read statement as an auto-commit transaction in a READ session: RUN and PULL go out in one write
   * and the answer ends the transaction, so a read costs one Bolt round trip (no BEGIN, no COMMIT;
   * test/integration/bolt-round-trips.int.test.ts). Transient errors are retried as the driver retries its
   * managed transactions (`retryAutoCommit`).
   */
  async read<S extends Statement>(
    statement: S,
    params: Params = {},
    work: WorkContext = {},
  ): Promise<RowOf<S>[]> {
    const started = performance.now();
    const name = nameOf(statement);
    let ok = false;
    try {
      const records = await this.withinDeadline(
        this.retryAutoCommit(
          "READ",
          this.textOf(statement),
          paramsOf(statement, params),
          this.transactionConfig(work),
        ),
        work.timeoutMs ?? this.options.timeoutMs,
      );
      ok = true;
      return records.map((r) => toPlain(r.toObject()) as RowOf<S>);
    } catch (error) {
      throw mapNeo4jError(error, this.options.timeoutMs);
    } finally {
      this.observe(name, performance.now() - started, ok, work);
    }
  }

  /**
   * The driver's retry policy for managed transactions, applied to an auto-commit transaction (which the driver
   * does not retry): on an error the driver calls retryable (a leader switch, a restart, a lost connection, a
   * deadlock), wait 1 s, then twice as long each time (±20%), for up to MAX_TRANSACTION_RETRY_MS. Only for
   * statements that are safe to run again even when a first run committed unseen: reads, and writes that merge.
   */
  private async retryAutoCommit(
    mode: "READ" | "WRITE",
    text: string,
    params: Params,
    config: ReturnType<GraphGateway["transactionConfig"]>,
  ): Promise<Neo4jRecord[]> {
    const giveUpAt = Date.now() + MAX_TRANSACTION_RETRY_MS;
    for (let delay = READ_RETRY_FIRST_DELAY_MS; ; delay *= 2) {
      const session = this.session(mode);
      let failure: unknown;
      try {
        return (await session.run(text, params, config)).records;
      } catch (error) {
        failure = error;
      } finally {
        await session.close().catch(() => undefined);
      }
      const wait = delay * (0.8 + Math.random() * 0.4);
      if (!isRetryableError(failure) || Date.now() + wait > giveUpAt) throw failure;
      await sleep(wait);
    }
  }

  /** Runs one write statement in its own transaction (retried on transient errors). */
  write<S extends Statement>(
    statement: S,
    params: Params = {},
    work: WorkContext = {},
  ): Promise<RowOf<S>[]> {
    return this.unit("WRITE", work, (tx) => this.run(tx, statement, params, work));
  }

  /** Runs several write statements in one transaction: all of them or none. */
  writeAll(steps: ReadonlyArray<[Statement, Params]>, work: WorkContext = {}): Promise<Row[][]> {
    return this.unit("WRITE", work, async (tx) => {
      const results: Row[][] = [];
      for (const [name, params] of steps) results.push(await this.run(tx, name, params, work));
      return results;
    });
  }

  /**
   * Runs `work` in one write transaction: the statements it runs through `run` commit together, and a
   * throw (an ApiError from a check between statements, say) rolls all of them back. `work` may run
   * again when the driver retries a transient error, so it must not change anything outside the database.
   */
  transaction<T>(
    work: (run: StatementRunner) => Promise<T>,
    context: WorkContext = {},
  ): Promise<T> {
    return this.unit("WRITE", context, (tx) =>
      work((statement, params = {}) => this.run(tx, statement, params, context)),
    );
  }

  /**
   * Runs one write statement in an auto-commit transaction: one round trip, no BEGIN or COMMIT on the wire.
   * Retried on transient errors (`retryAutoCommit`), so only for statements that may run twice: merges, and the
   * numbering of change records (a second run numbers only what the first left).
   */
  async autoCommit<S extends Statement>(
    statement: S,
    params: Params = {},
    work: WorkContext = {},
  ): Promise<RowOf<S>[]> {
    const started = performance.now();
    let ok = false;
    try {
      const records = await this.retryAutoCommit(
        "WRITE",
        this.textOf(statement),
        paramsOf(statement, params),
        this.transactionConfig(work),
      );
      ok = true;
      return records.map((r) => toPlain(r.toObject()) as RowOf<S>);
    } catch (error) {
      throw mapNeo4jError(error, work.timeoutMs ?? this.options.timeoutMs);
    } finally {
      this.observe(nameOf(statement), performance.now() - started, ok, work);
    }
  }

  /**
   * Writes `rows` through a registered `UNWIND $rows` statement together with the rows other requests add
   * meanwhile (group commit, RowBatcher): one managed write transaction per batch. Resolves once the
   * transaction holding these rows has committed.
   */
  writeBatched(name: CypherName, rows: readonly Params[], work: WorkContext = {}): Promise<void> {
    let batcher = this.batchers.get(name);
    if (!batcher) {
      batcher = new RowBatcher((all) =>
        this.write(name, { rows: all }, { operation: work.operation ?? name }),
      );
      this.batchers.set(name, batcher);
    }
    return batcher.add(rows);
  }

  /** Runs a schema statement (constraints, indexes) in an auto-commit transaction. */
  async schema(name: CypherName): Promise<void> {
    const session = this.session("WRITE");
    try {
      await session.run(
        this.cypher.get(name),
        {},
        { metadata: { app: this.options.app, operation: name } },
      );
    } catch (error) {
      throw mapNeo4jError(error, this.options.timeoutMs);
    } finally {
      await session.close();
    }
  }

  /** Runs arbitrary text read-only; for tests and benchmarks (EXPLAIN/PROFILE), never with user input. */
  async readText(text: string, params: Params = {}): Promise<Row[]> {
    const session = this.session("READ");
    try {
      const result = await session.run(text, params);
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } finally {
      await session.close();
    }
  }

  private session(mode: "READ" | "WRITE"): Session {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode });
  }

  private async unit<T>(
    mode: "READ" | "WRITE",
    work: WorkContext,
    fn: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.session(mode);
    const config = this.transactionConfig(work);
    const timeoutMs = work.timeoutMs ?? this.options.timeoutMs;
    // The driver runs `fn` again when the connection drops, even while COMMIT was on the wire (it may have
    // committed). Once `fn` has finished, the driver is committing: a second call means that COMMIT failed, and
    // a write whose outcome is unknown is not run again behind the client's back.
    let committing = false;
    const once = async (tx: ManagedTransaction) => {
      if (committing) throw new CommitOutcomeUnknownError();
      const result = await fn(tx);
      committing = true;
      return result;
    };
    const done = (
      mode === "READ" ? session.executeRead(fn, config) : session.executeWrite(once, config)
    ).finally(() => session.close());
    try {
      // A write still unanswered at the deadline may yet commit.
      return await this.withinDeadline(
        done,
        timeoutMs,
        mode === "WRITE" ? () => new CommitOutcomeUnknownError() : undefined,
      );
    } catch (error) {
      throw mapNeo4jError(error, timeoutMs);
    }
  }

  /**
   * Neo4j enforces the transaction timeout only on what reaches it: a connection whose answers are lost (a
   * network black-hole) keeps the driver waiting until the server's receive-timeout hint (120 s on 5.26), and
   * the driver then retries. The client gets an answer at the query timeout plus the driver's retry window;
   * the abandoned work settles on its own.
   */
  private withinDeadline<T>(
    work: Promise<T>,
    timeoutMs: number,
    late: () => Error = () =>
      new ServiceUnavailableError("The graph database did not answer in time; try again shortly."),
  ): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(late()), timeoutMs + MAX_TRANSACTION_RETRY_MS);
    });
    work.catch(() => undefined);
    return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
  }

  /** The text and parameters Neo4j gets for a statement (to PROFILE or log it as it runs). */
  prepare(statement: Statement, params: Params = {}): { text: string; params: Params } {
    return { text: this.textOf(statement), params: paramsOf(statement, params) };
  }

  /**
   * The text Neo4j runs: the registered file, followed by the translator's RETURN clause for a generated one,
   * after the first statement's subquery for a preceded one.
   */
  textOf(statement: Statement): string {
    if (typeof statement === "string") return this.cypher.get(statement);
    if ("first" in statement) {
      return `CALL () {\n${this.cypher.get(statement.first)}\n}\n${this.textOf(statement.then)}`;
    }
    return `${this.cypher.get(statement.name)}\n${statement.returns}`;
  }

  private async run<S extends Statement>(
    tx: ManagedTransaction,
    statement: S,
    params: Params,
    work: WorkContext,
  ): Promise<RowOf<S>[]> {
    const started = performance.now();
    const name = nameOf(statement);
    let ok = false;
    try {
      const result = await tx.run(this.textOf(statement), paramsOf(statement, params));
      ok = true;
      return result.records.map((r) => toPlain(r.toObject()) as RowOf<S>);
    } finally {
      this.observe(name, performance.now() - started, ok, work);
    }
  }

  private transactionConfig(work: WorkContext) {
    return {
      timeout: work.timeoutMs ?? this.options.timeoutMs,
      metadata: {
        app: this.options.app,
        operation: work.operation ?? "",
        requestId: work.requestId ?? "",
      },
    };
  }

  private observe(name: CypherName, ms: number, ok: boolean, work: WorkContext): void {
    for (const observe of this.observers) observe(name, ms, ok);
    work.observe?.(name, ms, ok);
  }
}

/** A statement's name in metrics and logs (a preceded one's: the statement it precedes). */
export function nameOf(statement: Statement): CypherName {
  if (typeof statement === "string") return statement;
  return "first" in statement ? nameOf(statement.then) : statement.name;
}

/** The root statement's parameters with the translator's ($p1, ...) and a preceding statement's added. */
function paramsOf(statement: Statement, params: Params): Params {
  if (typeof statement === "string") return params;
  if (!("first" in statement)) return { ...params, ...statement.params };
  const all = paramsOf(statement.then, params);
  for (const key of Object.keys(statement.firstParams)) {
    if (key in all) throw new Error(`Parameter $${key} of ${statement.first} is taken`);
  }
  return { ...all, ...statement.firstParams };
}

import type { Logger } from "../logger";
import type { CypherName } from "./cypher-registry";
import {
  nameOf,
  type GraphGateway,
  type Params,
  type Row,
  type Statement,
  type StatementRunner,
} from "./gateway";
import type { RowOf } from "./statement-rows";
import { toPlain } from "./values";

/** Rows of an `UNWIND $rows` write statement that a committed write hands to its after-commit work. */
export interface Rider {
  readonly name: CypherName;
  readonly rows: readonly Params[];
}

/**
 * The database as one request sees it: every statement carries the request's id and operation
 * name as transaction metadata, and is counted (sent back in the `x-cypher-statements` header).
 */
export class RequestDb {
  statements = 0;
  operation: string | undefined;
  private afterCommitDone: Promise<void> | undefined;
  /** A write committed and its after-commit work has not started yet. */
  private unsettled = false;

  constructor(
    private readonly gateway: GraphGateway,
    readonly requestId: string,
    /** Where generated statements are logged, at debug level, with their parameters. */
    private readonly logger?: Logger,
    /** Whether this request's writes record their changes (RECORD_CHANGES). */
    readonly recordsChanges = true,
    /**
     * What follows each committed write (the change log's numbering: ChangeSequencer.flush), with the rows the
     * write then batches (`writeBatched`) riding in its transaction; rejects only when those rows were not written.
     */
    private readonly afterCommit?: (rider?: Rider) => Promise<void>,
  ) {}

  /**
   * Resolves when the after-commit work of this request's writes has ended (starting it for a write that batched
   * nothing); never rejects.
   */
  committed(): Promise<void> {
    if (this.unsettled && this.afterCommit) {
      this.unsettled = false;
      this.afterCommitDone = this.afterCommit().catch(() => undefined);
    }
    return this.afterCommitDone ?? Promise.resolve();
  }

  read<S extends Statement>(statement: S, params: Params = {}): Promise<RowOf<S>[]> {
    this.statements += 1;
    this.logGenerated(statement, params);
    return this.gateway.read(statement, params, {
      operation: this.operation,
      requestId: this.requestId,
    });
  }

  write<S extends Statement>(statement: S, params: Params = {}): Promise<RowOf<S>[]> {
    this.statements += 1;
    this.logGenerated(statement, params);
    return this.gateway.write(statement, params, {
      operation: this.operation,
      requestId: this.requestId,
    });
  }

  /**
   * Rows written with other requests' in one transaction, after this request's write has committed: with the
   * change log's numbering when there is after-commit work (`afterCommit`), else through
   * GraphGateway.writeBatched. Counted as one statement.
   */
  writeBatched(name: CypherName, rows: readonly Params[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    this.statements += 1;
    if (this.afterCommit) {
      this.unsettled = false;
      const done = this.afterCommit({ name, rows });
      this.afterCommitDone = done.catch(() => undefined);
      return done;
    }
    return this.gateway.writeBatched(name, rows, { operation: this.operation });
  }

  writeAll(steps: ReadonlyArray<[Statement, Params]>): Promise<Row[][]> {
    this.statements += steps.length;
    return this.gateway.writeAll(steps, { operation: this.operation, requestId: this.requestId });
  }

  /** One write transaction running several statements, with checks between them (see GraphGateway.transaction). */
  async transaction<T>(work: (run: StatementRunner) => Promise<T>): Promise<T> {
    const result = await this.gateway.transaction(
      (run) =>
        work(<S extends Statement>(statement: S, params: Params = {}) => {
          this.statements += 1;
          this.logGenerated(statement, params);
          return run(statement, params);
        }),
      { operation: this.operation, requestId: this.requestId },
    );
    // Started by the rows the write then batches, or before the answer (`committed`): one run for both.
    this.unsettled = true;
    return result;
  }

  /** A translated statement, as text to paste into Neo4j Browser with its parameters (debug level). */
  private logGenerated(statement: Statement, params: Params): void {
    if (typeof statement === "string" || !this.logger?.isLevelEnabled("debug")) return;
    const prepared = this.gateway.prepare(statement, params);
    this.logger.debug(
      {
        statement: nameOf(statement),
        cypher: prepared.text,
        // Integers as numbers, as Neo4j Browser's :param takes them.
        params: toPlain(prepared.params),
      },
      "generated cypher",
    );
  }
}

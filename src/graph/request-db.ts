import type { Logger } from "../logger";
import type { CypherName } from "./cypher-registry";
import type { GraphGateway, Params, Row, Statement, StatementRunner } from "./gateway";
import { toPlain } from "./values";

/**
 * The database as one request sees it: every statement carries the request's id and operation
 * name as transaction metadata, and is counted (sent back in the `x-cypher-statements` header).
 */
export class RequestDb {
  statements = 0;
  operation: string | undefined;

  constructor(
    private readonly gateway: GraphGateway,
    readonly requestId: string,
    /** Where generated statements are logged, at debug level, with their parameters. */
    private readonly logger?: Logger,
    /** Whether this request's writes record their changes (RECORD_CHANGES). */
    readonly recordsChanges = true,
  ) {}

  read(statement: Statement, params: Params = {}): Promise<Row[]> {
    this.statements += 1;
    this.logGenerated(statement, params);
    return this.gateway.read(statement, params, {
      operation: this.operation,
      requestId: this.requestId,
    });
  }

  write(statement: Statement, params: Params = {}): Promise<Row[]> {
    this.statements += 1;
    this.logGenerated(statement, params);
    return this.gateway.write(statement, params, {
      operation: this.operation,
      requestId: this.requestId,
    });
  }

  /** Rows written with other requests' in one transaction (GraphGateway.writeBatched): counted as one statement. */
  writeBatched(name: CypherName, rows: readonly Params[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    this.statements += 1;
    return this.gateway.writeBatched(name, rows, { operation: this.operation });
  }

  writeAll(steps: ReadonlyArray<[Statement, Params]>): Promise<Row[][]> {
    this.statements += steps.length;
    return this.gateway.writeAll(steps, { operation: this.operation, requestId: this.requestId });
  }

  /** One write transaction running several statements, with checks between them (see GraphGateway.transaction). */
  transaction<T>(work: (run: StatementRunner) => Promise<T>): Promise<T> {
    return this.gateway.transaction(
      (run) =>
        work((statement, params = {}) => {
          this.statements += 1;
          this.logGenerated(statement, params);
          return run(statement, params);
        }),
      { operation: this.operation, requestId: this.requestId },
    );
  }

  /** A translated statement, as text to paste into Neo4j Browser with its parameters (debug level). */
  private logGenerated(statement: Statement, params: Params): void {
    if (typeof statement === "string" || !this.logger?.isLevelEnabled("debug")) return;
    this.logger.debug(
      {
        statement: statement.name,
        cypher: this.gateway.textOf(statement),
        // Integers as numbers, as Neo4j Browser's :param takes them.
        params: toPlain({ ...params, ...statement.params }),
      },
      "generated cypher",
    );
  }
}

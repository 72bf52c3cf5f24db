import type { CypherName } from "./cypher-registry";
import type { GraphGateway, Params, Row, StatementRunner } from "./gateway";

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
  ) {}

  read(name: CypherName, params: Params = {}): Promise<Row[]> {
    this.statements += 1;
    return this.gateway.read(name, params, {
      operation: this.operation,
      requestId: this.requestId,
    });
  }

  write(name: CypherName, params: Params = {}): Promise<Row[]> {
    this.statements += 1;
    return this.gateway.write(name, params, {
      operation: this.operation,
      requestId: this.requestId,
    });
  }

  writeAll(steps: ReadonlyArray<[CypherName, Params]>): Promise<Row[][]> {
    this.statements += steps.length;
    return this.gateway.writeAll(steps, { operation: this.operation, requestId: this.requestId });
  }

  /** One write transaction running several statements, with checks between them (see GraphGateway.transaction). */
  transaction<T>(work: (run: StatementRunner) => Promise<T>): Promise<T> {
    return this.gateway.transaction(
      (run) =>
        work((name, params) => {
          this.statements += 1;
          return run(name, params);
        }),
      { operation: this.operation, requestId: this.requestId },
    );
  }
}

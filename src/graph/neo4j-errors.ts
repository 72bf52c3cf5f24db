import { Neo4jError } from "neo4j-driver";
import { ApiError, QueryTimeoutError, ServiceUnavailableError } from "../errors";

const UNAVAILABLE = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
]);
const TIMED_OUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.TransactionTimedOut",
  "Neo.TransientError.Transaction.LockClientStopped",
  // A write stopped by its timeout while it waited for a lock: nothing was committed.
  "Neo.ClientError.Transaction.LockClientStopped",
]);

/**
 * The driver's own error when every pooled connection stays busy for connectionAcquisitionTimeout. It has no
 * code (`N/A`) and the generic GQL status 50N42, so its message is the only sign of it; it is not retried.
 */
function isAcquisitionTimeout(error: Neo4jError): boolean {
  return error.code === "N/A" && error.message.startsWith("Connection acquisition timed out");
}

/** Maps a driver error to an API error by its code (by its message only for the pool's timeout); unknown errors pass through. */
export function mapNeo4jError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof ApiError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) return new ServiceUnavailableError();
    if (TIMED_OUT.has(error.code)) return new QueryTimeoutError(timeoutMs);
    // Nothing ran: the request may be sent again once the load drops.
    if (isAcquisitionTimeout(error)) {
      return new ServiceUnavailableError(
        "The server is busy: no database connection was free in time; try again shortly.",
      );
    }
    // A transient error still there after executeRead/executeWrite's retries (a deadlock under heavy
    // contention, say): nothing was committed and the same request may be sent again.
    if (error.code.startsWith("Neo.TransientError.")) {
      return new ServiceUnavailableError("The graph database is busy; try again shortly.");
    }
  }
  return error;
}

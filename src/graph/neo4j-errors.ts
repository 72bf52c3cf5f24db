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
]);

/** Maps a driver error to an API error by its code (never its message); unknown errors pass through. */
export function mapNeo4jError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof ApiError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) return new ServiceUnavailableError();
    if (TIMED_OUT.has(error.code)) return new QueryTimeoutError(timeoutMs);
    // A transient error still there after executeRead/executeWrite's retries (a deadlock under heavy
    // contention, say): nothing was committed and the same request may be sent again.
    if (error.code.startsWith("Neo.TransientError.")) {
      return new ServiceUnavailableError("The graph database is busy; try again shortly.");
    }
  }
  return error;
}

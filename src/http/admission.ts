import type { IncomingMessage, ServerResponse } from "node:http";
import { Counter, Gauge } from "prom-client";
import { ErrorCode } from "../errors";
import { sendJson } from "./json-response";
import type { ApiMetrics } from "./metrics";

export const ADMISSION_MESSAGE = "The server is at capacity; retry shortly.";

/**
 * Admission control for the GraphQL route: at most `maxInFlight` requests (MAX_IN_FLIGHT) are processed at once;
 * one more is answered at once with 503, `Retry-After: 1` and `SERVICE_UNAVAILABLE`, before GraphQL, so before
 * Neo4j.
 *
 * Without a bound, load beyond capacity is all accepted: requests queue in the driver's connection-acquisition
 * queue and on the event loop, every request gets slower the longer the overload lasts, and the backlog takes
 * long to drain once the load drops (L5, 10 s at 2x: p99 climbing from 1.0 to 3.8 s, then 6 s to recover). With
 * it, the work in progress is bounded, so is the time an admitted request can wait (in flight / throughput,
 * Little's law), and the excess is told to come back.
 *
 * A slot is taken when the request reaches this middleware and given back exactly once, when its response
 * finishes or its connection closes (a client that disconnects frees its slot; its statement still runs to the
 * end, bounded by the transaction timeout). Rejections are counted in
 * `graphql_errors_total{code="SERVICE_UNAVAILABLE"}` (as 429s are under RATE_LIMITED; that code also counts Neo4j
 * being unreachable) and, alone, in `graphql_admission_rejected_total`; `graphql_admission_in_flight` shows the
 * slots taken.
 */
export function admissionControl(
  maxInFlight: number,
  metrics: ApiMetrics,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  let inFlight = 0;
  const rejected = new Counter({
    name: "graphql_admission_rejected_total",
    help: "GraphQL requests answered 503 because MAX_IN_FLIGHT requests were already being processed.",
    registers: [metrics.registry],
  });
  new Gauge({
    name: "graphql_admission_in_flight",
    help: "GraphQL requests holding an admission slot (at most MAX_IN_FLIGHT).",
    registers: [metrics.registry],
    collect() {
      this.set(inFlight);
    },
  });
  const body = JSON.stringify({
    errors: [{ message: ADMISSION_MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }],
  });

  return (_req, res, next) => {
    if (inFlight >= maxInFlight) {
      rejected.inc();
      metrics.errors.inc({ code: ErrorCode.SERVICE_UNAVAILABLE });
      sendJson(res, 503, body, { "retry-after": "1" });
      return;
    }
    inFlight += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inFlight -= 1;
    };
    res.once("finish", release);
    res.once("close", release);
    next();
  };
}

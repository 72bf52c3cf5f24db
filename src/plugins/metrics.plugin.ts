import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../context";
import type { ApiMetrics } from "../http/metrics";

/** Counts requests and errors (by the code sent) and times requests, by operation name. */
export function metricsPlugin(metrics: ApiMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      metrics.inFlight.inc();
      return {
        async willSendResponse({ request, operation, response }) {
          metrics.inFlight.dec();
          const name = metrics.operationLabel(request.operationName ?? operation?.name?.value);
          metrics.requests.inc({ operation: name, type: operation?.operation ?? "unknown" });
          metrics.latency.observe({ operation: name }, (performance.now() - started) / 1000);
          const body = response.body;
          const errors = body.kind === "single" ? body.singleResult.errors : undefined;
          for (const error of errors ?? []) {
            metrics.errors.inc({ code: String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR") });
          }
        },
      };
    },
  };
}

import { Router } from "express";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { GraphGateway } from "../graph/gateway";

/** At most this many distinct operation names become label values; the rest count as "other". */
const MAX_OPERATION_NAMES = 200;

/** The server's Prometheus metrics (one registry per server, so tests can run several). */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  readonly requests = new Counter({
    name: "graphql_requests_total",
    help: "GraphQL requests by operation name and type.",
    labelNames: ["operation", "type"] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "GraphQL request latency by operation name.",
    labelNames: ["operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly inFlight = new Gauge({
    name: "graphql_requests_in_flight",
    help: "GraphQL requests being processed.",
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: "graphql_errors_total",
    help: "Errors sent to clients by extensions.code (GraphQL errors and HTTP-level rejections).",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });
  readonly executions = new Counter({
    name: "graphql_executions_total",
    help: "Queries and mutations executed, by how: compiled (graphql-jit) or interpreted (graphql-js).",
    labelNames: ["mode"] as const,
    registers: [this.registry],
  });
  readonly statements = new Histogram({
    name: "neo4j_statement_duration_seconds",
    help: "Cypher statement latency by statement name and outcome.",
    labelNames: ["statement", "outcome"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 10],
    registers: [this.registry],
  });

  constructor(gateway: GraphGateway) {
    collectDefaultMetrics({ register: this.registry });
    gateway.onStatement((name, ms, ok) => {
      this.statements.observe({ statement: name, outcome: ok ? "ok" : "error" }, ms / 1000);
    });
  }

  /** A bounded label value for a client-chosen operation name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!/^\w{1,64}$/.test(name)) return "other";
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return "other";
    this.names.add(name);
    return name;
  }

  router(): Router {
    const router = Router();
    router.get("/metrics", async (_req, res) => {
      res.setHeader("content-type", this.registry.contentType);
      res.send(await this.registry.metrics());
    });
    return router;
  }
}

import { Counter, Gauge, Histogram, type Registry } from "prom-client";

/** Live-update metrics, on the server's registry (served at /metrics). */
export class ChangeFeedMetrics {
  readonly connections: Gauge;
  readonly subscriptions: Gauge;
  readonly deliveries: Counter;
  readonly lag: Histogram;
  readonly disconnects: Counter;
  readonly rejected: Counter;
  readonly head: Gauge;
  readonly polls: Counter;

  constructor(registry: Registry) {
    const registers = [registry];
    this.connections = new Gauge({
      name: "graphql_ws_connections",
      help: "WebSocket connections open on /graphql",
      registers,
    });
    this.subscriptions = new Gauge({
      name: "change_subscriptions",
      help: "Active `changed` subscriptions",
      registers,
    });
    this.deliveries = new Counter({
      name: "change_deliveries_total",
      help: "Changes sent to subscribers",
      registers,
    });
    this.lag = new Histogram({
      name: "change_delivery_lag_seconds",
      help: "From a change's recorded time (the database's clock) to its sending to a subscriber",
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    this.disconnects = new Counter({
      name: "change_subscribers_disconnected_total",
      help: "Subscribers the server disconnected, by reason",
      labelNames: ["reason"],
      registers,
    });
    this.rejected = new Counter({
      name: "graphql_ws_rejected_total",
      help: "WebSocket upgrades or subscriptions refused, by reason",
      labelNames: ["reason"],
      registers,
    });
    this.head = new Gauge({
      name: "change_log_head_seq",
      help: "The highest change sequence number this replica has read from the log",
      registers,
    });
    this.polls = new Counter({
      name: "change_log_polls_total",
      help: "Reads of the change log by this replica (polls and wake-ups)",
      registers,
    });
  }
}

import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface Received {
  seq: number;
  cursor: string;
  itemId: string;
  itemKind: string;
  operation: string;
}

export const CHANGED = `subscription($after: String, $ids: [ID!], $kinds: [ChangeItemKind!]) {
  changed(after: $after, ids: $ids, kinds: $kinds) { seq cursor itemId itemKind operation }
}`;

/** One `changed` subscription over its own WebSocket (graphql-ws), recording what arrives and how it ends. */
export class ChangeSubscriber {
  readonly received: Received[] = [];
  readonly errors: unknown[] = [];
  closeEvent: { code: number; reason: string } | undefined;
  completed = false;
  private readonly client: Client;
  private readonly listeners = new Set<() => void>();
  private readonly acked: Promise<void>;

  constructor(
    url: string,
    variables: Record<string, unknown>,
    connectionParams: Record<string, unknown> = {},
    query = CHANGED,
  ) {
    let ack!: () => void;
    this.acked = new Promise((resolve) => (ack = resolve));
    this.client = createClient({
      url: url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      connectionParams,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: (e) => this.errors.push(e),
      on: {
        connected: () => ack(),
        closed: (event) => {
          const e = event as { code: number; reason: string };
          this.closeEvent = { code: e.code, reason: String(e.reason) };
          this.notify();
        },
      },
    });
    this.client.subscribe<{ changed: Received }>(
      { query, variables },
      {
        next: (value) => {
          if (value.errors) this.errors.push(value.errors);
          if (value.data?.changed) this.received.push(value.data.changed);
          this.notify();
        },
        error: (error) => {
          this.errors.push(error);
          this.notify();
        },
        complete: () => {
          this.completed = true;
          this.notify();
        },
      },
    );
  }

  /** Resolves once the server has acknowledged the connection. */
  connected(): Promise<void> {
    return this.acked;
  }

  /** Resolves when `done()` holds, checked on every message; fails after `ms` (a hung test, not a timing bound). */
  until(done: () => boolean, ms = 60000): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(
          new Error(
            `not reached: ${this.received.length} received, errors ${JSON.stringify(this.errors)}, close ${JSON.stringify(this.closeEvent)}`,
          ),
        );
      }, ms);
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve();
      };
      this.listeners.add(check);
    });
  }

  dispose(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }

  private notify() {
    for (const listener of [...this.listeners]) listener();
  }
}

import "reflect-metadata";
import WebSocket from "ws";
import { encodeChangeCursor } from "../../src/changes/change.rules";
import { SLOW_CONSUMER_CLOSE } from "../../src/changes/changed.subscription";
import { loadConfig, type SubscriptionsConfig } from "../../src/config";
import { openDatabase, type Database } from "../../src/database";
import { createLogger } from "../../src/logger";
import { createServer, type RunningServer } from "../../src/server";
import { postGraphQL } from "../support/api";
import { authHeader, tokenFor } from "../support/custom-api";
import { ChangeSubscriber } from "../support/ws-client";

const CITE = { section: "Item 4.B", quote: "NTT Communications purchased shares of our company" };
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created } }`;
const CREATE_REL = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { created } }`;
const DELETE_ENTITY = `mutation($id: ID!, $citation: CitationInput!) { deleteEntity(id: $id, citation: $citation) { deleted } }`;

describe("the changed subscription over graphql-ws", () => {
  let db: Database;
  const servers: RunningServer[] = [];
  const subscribers: ChangeSubscriber[] = [];
  let editor: Record<string, string>;
  const p = `test-live-${Math.random().toString(36).slice(2, 8)}`;
  let n = 0;
  const next = () => `${p}-${(n += 1)}`;

  const start = async (
    subscriptions: Partial<SubscriptionsConfig> = {},
    auth: Partial<ReturnType<typeof loadConfig>["auth"]> = {},
  ) => {
    const config = loadConfig();
    const server = await createServer(
      {
        gateway: db.gateway,
        logger: createLogger("silent"),
        config: {
          ...config,
          auth: { ...config.auth, ...auth },
          limits: { ...config.limits, rateLimitMax: 0 },
          subscriptions: { ...config.subscriptions, ...subscriptions },
        },
      },
      0,
      "127.0.0.1",
    );
    servers.push(server);
    return server;
  };
  const subscribe = (
    server: RunningServer,
    variables: Record<string, unknown>,
    params: Record<string, unknown> = {},
    query?: string,
  ) => {
    const s = new ChangeSubscriber(server.url, variables, params, query);
    subscribers.push(s);
    return s;
  };
  const write = async (server: RunningServer, query: string, variables: Record<string, unknown>) =>
    postGraphQL(server.url, query, variables, editor);
  const company = (id: string) => ({
    input: { id, kind: "Company", name: `Live ${id}`, citations: [CITE] },
  });
  /** The cursor of the newest change now: a subscription after it misses nothing written later. */
  const headCursor = async () => {
    const [row] = await db.gateway.readText("MATCH (c:Change) RETURN max(c.seq) AS seq");
    return encodeChangeCursor(Number(row!.seq));
  };

  beforeAll(async () => {
    db = await openDatabase(loadConfig(), createLogger("silent"));
    editor = await authHeader(["editor"], "erin");
  });
  afterEach(async () => {
    await Promise.all(subscribers.splice(0).map((s) => s.dispose()));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db.driver.executeQuery("MATCH (x) WHERE x.id STARTS WITH $prefix DETACH DELETE x", {
      prefix: p,
    });
    await db.close();
  });

  it("delivers each change once, in order, and nothing for a write that fails", async () => {
    const server = await start();
    const ids = [next(), next(), next()];
    const s = subscribe(server, { after: await headCursor(), ids });
    await s.connected();
    for (const id of ids)
      expect((await write(server, CREATE_ENTITY, company(id))).errors).toBeUndefined();
    // A failed write (a relationship to an entity that does not exist) and a repeat that changes nothing.
    const failed = await write(server, CREATE_REL, {
      input: {
        id: ids[0],
        type: "COMPETES_WITH",
        from: ids[0],
        to: `${p}-nobody`,
        citations: [CITE],
      },
    });
    expect(failed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await write(server, CREATE_ENTITY, company(ids[1]!));
    const last = next();
    ids.push(last);
    await write(server, CREATE_ENTITY, company(last));
    // Not asked for: ids are filtered on the server.
    await s.until(() => s.received.length >= 3);
    expect(s.received.map((c) => [c.itemId, c.operation])).toEqual(
      ids.slice(0, 3).map((id) => [id, "CREATE"]),
    );
    const seqs = s.received.map((c) => c.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it("resumes after a cursor: every later change first, then live ones", async () => {
    const server = await start();
    const ids = [next(), next(), next()];
    const from = await headCursor();
    for (const id of ids.slice(0, 2)) await write(server, CREATE_ENTITY, company(id));
    const first = subscribe(server, { after: from, ids });
    await first.until(() => first.received.length === 2);
    await first.dispose();
    const again = subscribe(server, { after: first.received[0]!.cursor, ids });
    await again.connected();
    await write(server, CREATE_ENTITY, company(ids[2]!));
    await again.until(() => again.received.length === 2);
    expect(again.received.map((c) => c.itemId)).toEqual([ids[1], ids[2]]);
  });

  it("without a cursor, starts from now", async () => {
    const server = await start();
    const before = next();
    await write(server, CREATE_ENTITY, company(before));
    const later = Array.from({ length: 50 }, () => next());
    const s = subscribe(server, { kinds: ["ENTITY"], ids: [before, ...later] });
    await s.connected();
    // Writes go on until one arrives (the subscription starts when the server has read the head).
    for (const id of later) {
      await write(server, CREATE_ENTITY, company(id));
      if (s.received.length > 0) break;
    }
    await s.until(() => s.received.length > 0);
    expect(s.received.map((c) => c.itemId)).not.toContain(before);
    expect(later).toContain(s.received[0]!.itemId);
  });

  it("after the last subscriber has left, a new one without a cursor starts from now, not from where the feed stopped", async () => {
    const server = await start();
    const seen = next();
    const first = subscribe(server, { kinds: ["ENTITY"], ids: [seen] });
    await first.connected();
    await write(server, CREATE_ENTITY, company(seen));
    await first.until(() => first.received.length === 1);
    await first.dispose();
    // Written while nobody subscribes: the feed takes no records from the numbering then.
    const between = [next(), next()];
    for (const id of between) await write(server, CREATE_ENTITY, company(id));
    const later = Array.from({ length: 50 }, () => next());
    const s = subscribe(server, { kinds: ["ENTITY"], ids: [...between, ...later] });
    await s.connected();
    for (const id of later) {
      await write(server, CREATE_ENTITY, company(id));
      if (s.received.length > 1) break;
    }
    await s.until(() => s.received.length > 1);
    // Only what was written after it subscribed, each once, in the order written.
    const got = s.received.map((c) => c.itemId);
    expect(got.every((id) => later.includes(id))).toBe(true);
    expect(later.filter((id) => got.includes(id))).toEqual(got);
    const seqs = s.received.map((c) => c.seq);
    expect(seqs.every((q, i) => i === 0 || q > seqs[i - 1]!)).toBe(true);
  });

  it("rejects a cursor it did not give with BAD_USER_INPUT, queries over WebSocket and subscriptions over HTTP", async () => {
    const server = await start();
    const s = subscribe(server, { after: "bm9wZQ" });
    await s.until(() => s.errors.length > 0);
    expect(JSON.stringify(s.errors)).toContain("BAD_USER_INPUT");
    const overHttp = await postGraphQL(server.url, "subscription { changed { seq } }");
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors?.[0]?.message).toMatch(/over WebSocket/);
    const q = subscribe(server, {}, {}, "{ stats { nodes } }");
    await q.until(() => q.errors.length > 0);
    expect(JSON.stringify(q.errors)).toMatch(/Only subscriptions/);
  });

  it("needs a valid token in connection_init when reads need one", async () => {
    const server = await start({}, { requireAuthForReads: true });
    const anonymous = subscribe(server, {});
    await anonymous.until(() => anonymous.closeEvent !== undefined);
    expect(anonymous.closeEvent!.code).toBe(4401);
    const forged = subscribe(server, {}, { authorization: "Bearer not-a-token" });
    await forged.until(() => forged.closeEvent !== undefined);
    expect(forged.closeEvent!.code).toBe(4401);
    const viewer = subscribe(
      server,
      { after: await headCursor(), ids: [`${p}-auth`] },
      { authorization: `Bearer ${await tokenFor(["viewer"])}` },
    );
    await viewer.connected();
    await write(server, CREATE_ENTITY, company(`${p}-auth`));
    await viewer.until(() => viewer.received.length === 1);
  });

  it("limits subscriptions per connection and connections per address", async () => {
    const server = await start({ maxConnectionsPerAddress: 2 });
    const a = subscribe(server, {});
    const b = subscribe(server, {});
    await Promise.all([a.connected(), b.connected()]);
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(server.url.replace(/^http/, "ws"), "graphql-transport-ws");
      ws.on("unexpected-response", (req, res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      ws.on("error", () => undefined);
      ws.on("open", () => {
        resolve(101);
        ws.close();
      });
    });
    expect(status).toBe(429);
    const metrics = await (await fetch(server.url.replace(/graphql$/, "metrics"))).text();
    expect(metrics).toMatch(/graphql_ws_rejected_total\{reason="connections_per_address"\} 1/);

    const one = await start({ perConnection: 1 });
    const answers = await new Promise<Array<{ type: string; id?: string; payload?: unknown }>>(
      (resolve) => {
        const got: Array<{ type: string; id?: string; payload?: unknown }> = [];
        const ws = new WebSocket(one.url.replace(/^http/, "ws"), "graphql-transport-ws");
        const query = "subscription { changed { seq } }";
        ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init" })));
        ws.on("message", (data) => {
          const message = JSON.parse(String(data)) as { type: string; id?: string };
          got.push(message);
          if (message.type === "connection_ack") {
            ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query } }));
            ws.send(JSON.stringify({ id: "2", type: "subscribe", payload: { query } }));
          }
          if (message.type === "error") {
            ws.close();
            resolve(got);
          }
        });
      },
    );
    const error = answers.find((m) => m.type === "error")!;
    expect(error.id).toBe("2");
    expect(JSON.stringify(error.payload)).toMatch(/At most 1 subscriptions per connection/);
  });

  it("closes a socket whose message is larger than the payload limit", async () => {
    const server = await start({ maxPayloadBytes: 1024 });
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(server.url.replace(/^http/, "ws"), "graphql-transport-ws");
      ws.on("open", () =>
        ws.send(JSON.stringify({ type: "connection_init", payload: { x: "y".repeat(4096) } })),
      );
      ws.on("close", (c) => resolve(c));
    });
    expect(code).toBe(1009);
  });

  it("disconnects a subscriber that falls too far behind, with a reason", async () => {
    const server = await start({ maxLag: 2 });
    const hub = next();
    await write(server, CREATE_ENTITY, company(hub));
    const spokes = [next(), next(), next(), next()];
    for (const spoke of spokes) {
      await write(server, CREATE_ENTITY, company(spoke));
      await write(server, CREATE_REL, {
        input: { id: `${spoke}-r`, type: "COMPETES_WITH", from: hub, to: spoke, citations: [CITE] },
      });
    }
    const s = subscribe(server, { after: await headCursor(), ids: [hub] });
    await s.connected();
    // One transaction, five changes (the entity and its four relationships): five behind at once.
    await write(server, DELETE_ENTITY, { id: hub, citation: CITE });
    await s.until(() => s.closeEvent !== undefined);
    expect(s.closeEvent).toEqual({
      code: SLOW_CONSUMER_CLOSE,
      reason: expect.stringMatching(/^Slow consumer/),
    });
    const metrics = await (await fetch(server.url.replace(/graphql$/, "metrics"))).text();
    expect(metrics).toMatch(/change_subscribers_disconnected_total\{reason="slow_consumer"\} 1/);
  });

  it("counts subscribers and deliveries in /metrics", async () => {
    const server = await start();
    const id = next();
    const s = subscribe(server, { after: await headCursor(), ids: [id] });
    await s.connected();
    await write(server, CREATE_ENTITY, company(id));
    await s.until(() => s.received.length === 1);
    const metrics = await (await fetch(server.url.replace(/graphql$/, "metrics"))).text();
    expect(metrics).toMatch(/change_subscriptions 1/);
    expect(metrics).toMatch(/change_deliveries_total [1-9]/);
    expect(metrics).toMatch(/change_delivery_lag_seconds_count [1-9]/);
  });
});

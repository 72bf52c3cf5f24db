import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { openDatabase, type Database } from "../../src/database";
import { createLogger } from "../../src/logger";
import {
  defaultLocalDir,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
} from "../../src/neo4j-local/local-neo4j";
import { freePort } from "../../src/neo4j-local/ports";
import { exitWithOwner, recordOwner } from "../../src/processes/orphan-guard";
import { projectRoot } from "../../src/project-root";
import { applySchema, loadSeed } from "../../src/seed/load-seed";
import { seedDir } from "../../src/seed/prepare";
import { readSeed } from "../../src/seed/seed-files";
import { TestApi } from "../support/api";
import { CustomApi, authHeader } from "../support/custom-api";
import { TEST_PASSWORD } from "../support/test-neo4j";
import { buildServer } from "./support";

/**
 * Faults of the database and the process. This file starts its OWN throwaway Neo4j, stops and restarts it;
 * the shared test Neo4j of global-setup is used only by the SIGTERM test, which stops nothing but its own server.
 */
const ENTITY = `query($id: ID!) { entity(id: $id) { id } }`;
const CONVERT = `{ convert(amount: 11756, from: JPY, to: USD) { result } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { created } }`;
const CITE = { section: "Item 4", quote: "NTT Communications purchased shares of our company" };

jest.setTimeout(120000);

describe("faults", () => {
  let options: LocalNeo4jOptions;
  let db: Database;
  let api: CustomApi;
  // Made in beforeAll: a run that filters these tests out (-t) creates no home.
  let home: string;

  const ready = async () => (await fetch(`${api.baseUrl}/health/ready`)).status;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), "iij-kg-fault-neo4j-"));
    recordOwner(home);
    const root = projectRoot();
    options = {
      root,
      installDir: process.env.NEO4J_LOCAL_DIR ?? defaultLocalDir(root),
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: "512m",
      pageCache: "64m",
      user: "neo4j",
      password: TEST_PASSWORD,
      transactionTimeout: "30s",
      exitWithOwner: true,
      progress: () => undefined,
    };
    const neo = await startLocalNeo4j(options);
    const config = loadConfig({
      ...process.env,
      NEO4J_URI: neo.boltUri,
      NEO4J_PASSWORD: TEST_PASSWORD,
      NEO4J_QUERY_TIMEOUT_MS: "60000",
    });
    db = await openDatabase(config, createLogger("silent"));
    await applySchema(db.gateway, db.cypher.namesUnder("schema/"));
    await loadSeed(db.gateway, readSeed(seedDir()));
    await stopLocalNeo4j(home);
    // F1: the server starts while Neo4j is down.
    api = await CustomApi.start(db.gateway);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.driver.close();
    if (!home) return;
    await stopLocalNeo4j(home);
    rmSync(home, { recursive: true, force: true });
  });

  it("F1: starts with Neo4j down, says 503 and SERVICE_UNAVAILABLE, and recovers without a restart", async () => {
    expect((await fetch(`${api.baseUrl}/health/live`)).status).toBe(200);
    expect(await ready()).toBe(503);
    // Liveness, not latency: the answer comes (after the driver's 5 s retry window when measured), never hangs.
    const started = performance.now();
    const down = await api.gql(ENTITY, { id: "iij" });
    expect(performance.now() - started).toBeLessThan(30000);
    expect(down.status).toBe(200);
    expect(down.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(JSON.stringify(down)).not.toMatch(/bolt:|Neo4jError|ECONNREFUSED/);
    // The rate table is cached only once it has rows: an outage must not leave it empty.
    expect((await api.gql(CONVERT)).errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");

    await startLocalNeo4j(options);
    const deadline = Date.now() + 20000;
    while ((await ready()) !== 200 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    expect(await ready()).toBe(200);
    expect((await api.gql(ENTITY, { id: "iij" })).data?.entity.id).toBe("iij");
    expect((await api.gql(CONVERT)).data?.convert.result).toBeCloseTo(100, 5);
  });

  it("F2: Neo4j stopped in the middle of writes: no crash, no 500, no half-written event, every acknowledged write kept", async () => {
    // Runs after F1 (Neo4j up); alone (`-t F2`) it starts Neo4j itself.
    if ((await ready()) !== 200) {
      await startLocalNeo4j(options);
      const until = Date.now() + 20000;
      while ((await ready()) !== 200 && Date.now() < until)
        await new Promise((r) => setTimeout(r, 250));
    }
    const editor = await authHeader(["editor"], "fault");
    const prefix = `test-fault-${Math.random().toString(36).slice(2, 8)}`;
    const acknowledged: string[] = [];
    const attempted: string[] = [];
    const codes = new Map<string, number>();
    let stop = false;
    const client = async (c: number) => {
      for (let n = 0; !stop; n++) {
        const id = `${prefix}-${c}-${n}`;
        attempted.push(id);
        const res = await api.gql(
          CREATE_EVENT,
          {
            input: {
              id,
              kind: "Agreement",
              name: id,
              participants: [
                { entity: "iij", role: "PARTNER" },
                { entity: "ntt", role: "PARTNER" },
              ],
              citations: [CITE],
            },
          },
          editor,
        );
        expect(res.status).toBeLessThan(500);
        if (res.errors?.length) {
          for (const e of res.errors) {
            expect(e.extensions?.code).toBeDefined();
            codes.set(String(e.extensions!.code), (codes.get(String(e.extensions!.code)) ?? 0) + 1);
          }
        } else acknowledged.push(id);
      }
    };
    const clients = Array.from({ length: 8 }, (_, c) => client(c));
    const warm = Date.now() + 20000;
    while (acknowledged.length < 20 && Date.now() < warm)
      await new Promise((r) => setTimeout(r, 50));
    await stopLocalNeo4j(home);
    await new Promise((r) => setTimeout(r, 2000));
    stop = true;
    await Promise.all(clients);
    expect({ acknowledged: acknowledged.length > 0, codes: [...codes.keys()] }).toMatchObject({
      acknowledged: true,
    });
    // The codes that are neither, with how often each came (shown when the test fails).
    expect(
      [...codes].filter(([c]) => !["SERVICE_UNAVAILABLE", "QUERY_TIMEOUT"].includes(c)),
    ).toEqual([]);

    await startLocalNeo4j(options);
    const deadline = Date.now() + 20000;
    while ((await ready()) !== 200 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    const rows = await db.gateway.readText(
      `MATCH (e:Event) WHERE e.id STARTS WITH $prefix RETURN e.id AS id, COUNT { (e)-[:INVOLVES]->() } AS involved`,
      { prefix },
    );
    const stored = new Map(rows.map((r) => [r.id as string, r.involved as number]));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    // A write that failed is either absent or whole (its commit may have landed before the connection dropped).
    for (const involved of stored.values()) expect(involved).toBe(2);
    expect(stored.size).toBeLessThanOrEqual(attempted.length);
    await db.driver.executeQuery("MATCH (e:Event) WHERE e.id STARTS WITH $prefix DETACH DELETE e", {
      prefix,
    });
  });

  it("F3: Neo4j restarted under read-only load: no 500, only mapped errors, reads recover without restarting the API", async () => {
    // Runs after F1/F2 (Neo4j up); alone (`-t F3`) it starts Neo4j itself.
    if ((await ready()) !== 200) {
      await startLocalNeo4j(options);
      const until = Date.now() + 20000;
      while ((await ready()) !== 200 && Date.now() < until)
        await new Promise((r) => setTimeout(r, 250));
    }
    const READS = [
      [ENTITY, { id: "iij" }],
      [`{ neighborhood(id: "iij", depth: 2, limit: 50) { nodes { id } } }`, {}],
      [`{ search(text: "NTT", first: 5) { entity { id } } }`, {}],
    ] as const;
    const log: Array<{ start: number; end: number; status: number; codes: string[] }> = [];
    let stop = false;
    const client = async (c: number) => {
      for (let n = 0; !stop; n++) {
        const [query, variables] = READS[(c + n) % READS.length]!;
        const start = Date.now();
        const res = await api.gql(query, variables);
        log.push({
          start,
          end: Date.now(),
          status: res.status,
          codes: (res.errors ?? []).map((e) => String(e.extensions?.code)),
        });
        if (res.errors?.length) await new Promise((r) => setTimeout(r, 100));
      }
    };
    const clients = Array.from({ length: 4 }, (_, c) => client(c));
    const ok = () => log.filter((l) => l.codes.length === 0);
    const warm = Date.now() + 20000;
    while (ok().length < 20 && Date.now() < warm) await new Promise((r) => setTimeout(r, 50));
    const stopping = Date.now();
    await stopLocalNeo4j(home);
    const stopped = Date.now();
    await startLocalNeo4j(options);
    const restarted = Date.now();
    // Reads succeed again on the same API server (no restart of it): 20 more successes, within 30 s.
    const recoverBy = Date.now() + 30000;
    while (ok().filter((l) => l.start > restarted).length < 20 && Date.now() < recoverBy)
      await new Promise((r) => setTimeout(r, 50));
    stop = true;
    await Promise.all(clients);

    const failed = log.filter((l) => l.codes.length > 0);
    const codes = Object.fromEntries(
      [...new Set(failed.flatMap((l) => l.codes))].map((c) => [
        c,
        failed.filter((l) => l.codes.includes(c)).length,
      ]),
    );
    const firstFailed = Math.min(...failed.map((l) => l.start));
    const lastFailed = Math.max(...failed.map((l) => l.end));
    const firstOkAfterRestart = Math.min(
      ...ok()
        .filter((l) => l.start >= restarted)
        .map((l) => l.end),
    );
    const figures = {
      requests: log.length,
      failed: failed.length,
      codes,
      stopMs: stopped - stopping,
      restartMs: restarted - stopped,
      outageMs: restarted - stopping,
      /** From the first failed request's start to the last one's end: what the clients saw as an outage. */
      errorWindowMs: failed.length ? lastFailed - firstFailed : 0,
      /** From the launcher's "Neo4j is up" to the end of the first read sent after it that succeeded. */
      recoveryMs: Number.isFinite(firstOkAfterRestart) ? firstOkAfterRestart - restarted : null,
      okAfterRestart: ok().filter((l) => l.start > restarted).length,
      maxFailedMs: Math.max(0, ...failed.map((l) => l.end - l.start)),
    };
    writeFileSync(join(tmpdir(), "iij-kg-f3.json"), JSON.stringify(figures));
    process.stderr.write(`F3 figures: ${JSON.stringify(figures)}\n`);

    expect(log.filter((l) => l.status >= 500)).toEqual([]);
    expect(
      Object.keys(codes).filter((c) => !["SERVICE_UNAVAILABLE", "QUERY_TIMEOUT"].includes(c)),
    ).toEqual([]);
    expect(figures.okAfterRestart).toBeGreaterThanOrEqual(20);
    expect(await ready()).toBe(200);
    // Liveness: a client-visible error comes within the driver's retry window plus a generous margin, never hangs.
    expect(figures.maxFailedMs).toBeLessThan(30000);
  });
});

describe("F9: SIGTERM during load", () => {
  it("finishes the requests in flight, then exits 0", async () => {
    const root = projectRoot();
    const outDir = buildServer("rel-build");
    const port = await freePort();
    const child = spawn(process.execPath, [join(outDir, "index.js")], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        LOG_LEVEL: "silent",
        SEED_ON_START: "false",
        RATE_LIMIT_MAX: "0",
        NEO4J_QUERY_TIMEOUT_MS: "60000",
        SHUTDOWN_GRACE_MS: "60000",
      },
      stdio: "ignore",
    });
    exitWithOwner(child.pid!);
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code)),
    );
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30000;
    for (;;) {
      const ok = await fetch(`${url}/health/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error("server did not start");
      await new Promise((r) => setTimeout(r, 200));
    }
    // A clique of test companies makes `paths` take about a second: long enough to be in flight at SIGTERM.
    const prefix = `test-sigterm-${Math.random().toString(36).slice(2, 8)}`;
    const shared = await TestApi.start();
    await shared.db.driver.executeQuery(
      `UNWIND range(0, 12) AS i CREATE (:Entity:Company {id: $prefix + '-' + i, kind: 'Company', name: 'c' + i})
       WITH collect(i) AS all
       MATCH (a:Entity), (b:Entity) WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix AND a.id < b.id
       CREATE (a)-[:COMPETES_WITH {id: a.id + '--' + b.id}]->(b)`,
      { prefix },
    );
    const query = `{ paths(from: "${prefix}-0", to: "${prefix}-1", maxDepth: 6, first: 5) { length } }`;
    const inFlight = Array.from({ length: 8 }, () =>
      fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as { errors?: unknown[] } }),
        (error: unknown) => ({
          status: 0,
          body: { errors: [String((error as Error).cause ?? error)] },
        }),
      ),
    );
    // SIGTERM once the server is processing all of them (its in-flight gauge says so).
    const waitUntil = Date.now() + 30000;
    let processing = 0;
    while (processing < 8 && Date.now() < waitUntil) {
      const text = await (await fetch(`${url}/metrics`)).text();
      processing = Number(/^graphql_requests_in_flight (\d+)/m.exec(text)?.[1] ?? 0);
      if (processing < 8) await new Promise((r) => setTimeout(r, 20));
    }
    expect(processing).toBe(8);
    const signalled = performance.now();
    child.kill("SIGTERM");
    try {
      const results = await Promise.all(inFlight);
      expect(
        results.map((r) => (r.status === 200 && !r.body.errors ? "ok" : JSON.stringify(r))),
      ).toEqual(Array(8).fill("ok"));
      expect(await exited).toBe(0);
      expect(performance.now() - signalled).toBeLessThan(60000);
    } finally {
      await shared.db.driver.executeQuery(
        "MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n",
        { prefix },
      );
      await shared.stop();
    }
  });
});

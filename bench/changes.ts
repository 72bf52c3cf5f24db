import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { signToken } from "../src/auth/jwt";
import { loadConfig } from "../src/config";
import { CypherRegistry } from "../src/graph/cypher-registry";
import { createDriver } from "../src/graph/driver";
import { GraphGateway } from "../src/graph/gateway";
import { projectRoot } from "../src/project-root";
import { applySchema, loadSeed } from "../src/seed/load-seed";
import { seedDir } from "../src/seed/prepare";
import { readSeed } from "../src/seed/seed-files";
import { startThrowawayNeo4j, THROWAWAY_PASSWORD } from "../src/synthetic/throwaway-neo4j";
import { cpuMs, median, round } from "./measure";
import { startSut } from "./suts";

const say = (line: string) => process.stderr.write(`[bench:changes] ${line}\n`);

const CREATE = `mutation($i: CreateEntityInput!) { createEntity(input: $i) { created } }`;
const UPDATE = `mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { id } }`;
const CHANGED = `subscription { changed(kinds: [ENTITY]) { seq time itemId } }`;
const CITE = { section: "Item 4", quote: "NTT Communications purchased shares of our company" };

/** What a server runs with: the change log or not, and a `changed` subscriber or not. */
const SIDES = [
  { id: "log", record: true, subscribe: true, label: "log, one subscriber" },
  { id: "log-unwatched", record: true, subscribe: false, label: "log, no subscriber" },
  { id: "off", record: false, subscribe: false, label: "no log" },
] as const;
type Side = (typeof SIDES)[number];

interface Run {
  readonly side: Side["id"];
  readonly rep: number;
  readonly writes: number;
  readonly errors: number;
  readonly seconds: number;
  readonly writesPerSecond: number;
  /** CPU time per write of our server, Neo4j and this process (the writers and the subscriber), in ms. */
  readonly cpuMsPerWrite: {
    readonly server: number;
    readonly neo4j: number;
    readonly client: number;
  };
  /** With the log: from a change's `time` (the database's clock, when it was appended) to its arrival. */
  readonly lagMs?: { readonly p50: number; readonly p99: number; readonly received: number };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Writers that each create an entity of their own, then update it with a new citation, in a loop, for `seconds`:
 * no two writers touch one item, so what is measured is the cost of writing, not of waiting for each other.
 */
async function writeLoad(
  url: string,
  token: string,
  writers: number,
  seconds: number,
  tag: string,
): Promise<{ writes: number; errors: number; seconds: number }> {
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const end = Date.now() + seconds * 1000;
  let writes = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let n = 0; Date.now() < end; n++) {
        const id = `bench-${tag}-${w}-${Math.floor(n / 2)}`;
        const body =
          n % 2 === 0
            ? {
                query: CREATE,
                variables: { i: { id, kind: "Company", name: id, citations: [CITE] } },
              }
            : {
                query: UPDATE,
                variables: {
                  i: {
                    id,
                    citation: {
                      section: "bench",
                      quote: `update ${n}`,
                      url: `https://example.com/${n}`,
                    },
                  },
                },
              };
        const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
        const json = (await res.json()) as { errors?: unknown[] };
        if (res.status === 200 && !json.errors) writes += 1;
        else errors += 1;
      }
    }),
  );
  return { writes, errors, seconds: (performance.now() - started) / 1000 };
}

/**
 * A `changed` subscriber that notes, for each change recorded from `from` on, how long after its `time` it arrived.
 * Started before the warm-up, so it is registered on the server before the timed writes begin.
 */
function subscriber(url: string, token: string) {
  const lags: number[] = [];
  let from = Infinity;
  const client = createClient({
    url: url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
  });
  let ready!: () => void;
  const acked = new Promise<void>((resolve) => (ready = resolve));
  client.on("connected", () => ready());
  const stop = client.subscribe<{ changed: { time: string } }>(
    { query: CHANGED },
    {
      next: (value) => {
        const time = value.data?.changed.time;
        if (time && Date.parse(time) >= from) lags.push(Date.now() - Date.parse(time));
      },
      error: (error) => say(`subscription error: ${JSON.stringify(error)}`),
      complete: () => undefined,
    },
  );
  return {
    acked,
    lags,
    /** Counts the changes recorded from now on. */
    measure: () => {
      from = Date.now();
    },
    close: async () => {
      stop();
      await client.dispose();
    },
  };
}

/**
 * `npm run bench:changes [-- --duration 20 --reps 3 --writers 8 --warmup 5 --prime 30 --sides log,off --out changes-x]`: the write throughput of
 * our server with the change log (RECORD_CHANGES=true), with a `changed` subscriber and without one, against the
 * same build without the log (RECORD_CHANGES=false), the three in rotating order on one throwaway Neo4j with the
 * seed; with the subscriber, the delivery lag under that load. Writes bench/results/changes.{json,md}.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "20" },
      warmup: { type: "string", default: "5" },
      prime: { type: "string", default: "30" },
      reps: { type: "string", default: "3" },
      writers: { type: "string", default: "8" },
      sides: { type: "string", default: SIDES.map((x) => x.id).join(",") },
      out: { type: "string", default: "changes" },
    },
  });
  const wanted = new Set(values.sides.split(","));
  const sides = SIDES.filter((x) => wanted.has(x.id));
  if (sides.length !== wanted.size) {
    throw new Error(`--sides takes ${SIDES.map((x) => x.id).join(", ")} (comma-separated)`);
  }
  const seconds = Number(values.duration);
  const warmup = Number(values.warmup);
  const prime = Number(values.prime);
  const reps = Number(values.reps);
  const writers = Number(values.writers);
  const neo = await startThrowawayNeo4j(say, { heap: "1g", pageCache: "512m" });
  const driver = createDriver({ uri: neo.boltUri, user: "neo4j", password: THROWAWAY_PASSWORD });
  const runs: Run[] = [];
  try {
    const cypher = CypherRegistry.load(join(projectRoot(), "cypher"));
    const loader = new GraphGateway(driver, cypher, {
      database: "neo4j",
      timeoutMs: 300000,
      app: "iij-kg-bench-changes",
    });
    await applySchema(loader, cypher.namesUnder("schema/"));
    await loadSeed(loader, readSeed(seedDir()));
    await loader.readText("CALL db.awaitIndexes(300)");
    const jwtSecret = randomBytes(32).toString("hex");
    const token = await signToken(
      { ...loadConfig().auth, secret: jwtSecret },
      { subject: "bench", roles: ["editor", "viewer"], expiresIn: "12h" },
    );
    /** One server on `side`: `warm` s of writes, then `measured` s timed (and, with a subscriber, the lag). */
    const session = async (side: Side, tag: string, warm: number, measured: number) => {
      const server = await startSut("O", {
        uri: neo.boltUri,
        password: THROWAWAY_PASSWORD,
        gateway: loader,
        driver,
        inProcess: false,
        editorToken: token,
        jwtSecret,
        env: { RECORD_CHANGES: String(side.record) },
      });
      try {
        const sub = side.subscribe ? subscriber(server.url!, token) : undefined;
        await sub?.acked;
        await writeLoad(server.url!, token, writers, warm, `${tag}-warm`);
        sub?.measure();
        const cpu0 = [cpuMs(server.pid), cpuMs(neo.pid), cpuMs(process.pid)];
        const load = await writeLoad(server.url!, token, writers, measured, tag);
        const cpu1 = [cpuMs(server.pid), cpuMs(neo.pid), cpuMs(process.pid)];
        const perWrite = (i: number) =>
          load.writes > 0 ? round(((cpu1[i] ?? 0) - (cpu0[i] ?? 0)) / load.writes, 2) : 0;
        const cpu = { server: perWrite(0), neo4j: perWrite(1), client: perWrite(2) };
        // Changes still on their way when the load stops arrive within a second.
        await new Promise((r) => setTimeout(r, 1000));
        await sub?.close();
        return { load, cpu, lags: [...(sub?.lags ?? [])].sort((a, b) => a - b) };
      } finally {
        await server.stop();
      }
    };
    // Neo4j plans and compiles every side's statements once before any run is timed: the first minute of writes
    // on a fresh database is far slower than the rest, whichever side meets it.
    for (const side of sides) {
      say(`priming (${side.id}): ${prime} s of ${writers} writers, not timed ...`);
      await session(side, `prime-${side.id}`, prime, 0);
    }
    for (let rep = 1; rep <= reps; rep++) {
      // Rotated: each side runs first, second and last equally often over three repetitions.
      const order = sides.map((_, k) => sides[(k + rep - 1) % sides.length]!);
      for (const side of order) {
        const tag = `${side.id}-${rep}`;
        say(`${tag}: ${warmup} s warm-up, then ${seconds} s of ${writers} writers ...`);
        const { load, cpu, lags: sorted } = await session(side, tag, warmup, seconds);
        const run: Run = {
          side: side.id,
          rep,
          ...load,
          cpuMsPerWrite: cpu,
          seconds: round(load.seconds, 1),
          writesPerSecond: round(load.writes / load.seconds, 1),
          ...(side.subscribe
            ? {
                lagMs: {
                  p50: percentile(sorted, 50),
                  p99: percentile(sorted, 99),
                  received: sorted.length,
                },
              }
            : {}),
        };
        runs.push(run);
        say(JSON.stringify(run));
      }
    }
  } finally {
    await driver.close();
    await neo.stop();
  }
  const of = (id: Side["id"]) => runs.filter((r) => r.side === id);
  const rate = (id: Side["id"]) => round(median(of(id).map((r) => r.writesPerSecond)), 1);
  const cpuOf = (id: Side["id"]) => {
    const m = (k: keyof Run["cpuMsPerWrite"]) =>
      round(median(of(id).map((r) => r.cpuMsPerWrite[k])), 2);
    return { server: m("server"), neo4j: m("neo4j"), client: m("client") };
  };
  const off = rate("off");
  const slower = (id: Side["id"]) => round(100 * (1 - rate(id) / off), 1);
  const lags = runs.filter((r) => r.lagMs);
  const summary = {
    writers,
    seconds,
    reps,
    medianWritesPerSecond: Object.fromEntries(sides.map((x) => [x.id, rate(x.id)])),
    slowerThanWithoutLogByPercent: Object.fromEntries(
      sides.filter((x) => x.record && wanted.has("off")).map((x) => [x.id, slower(x.id)]),
    ),
    medianCpuMsPerWrite: Object.fromEntries(sides.map((x) => [x.id, cpuOf(x.id)])),
    lagMs: {
      p50: median(lags.map((r) => r.lagMs!.p50)),
      p99: median(lags.map((r) => r.lagMs!.p99)),
    },
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
  const dir = join(projectRoot(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${values.out}.json`), `${JSON.stringify({ summary, runs }, null, 2)}\n`);
  const lines = [
    "# Writes with and without the change log",
    "",
    `\`npm run bench:changes -- ${process.argv.slice(2).join(" ")}\`: ${writers} writers, each creating an entity of its own and then updating it, ${seconds} s per run after a ${warmup} s warm-up, ${reps} runs of each side after ${prime} s of untimed writes on each, in rotating order. Sides: ${sides.map((x) => `\`${x.id}\` (${x.label})`).join(", ")}.`,
    "",
    "| run | side | writes/s | errors | CPU ms/write: server | Neo4j | writers and subscriber | lag p50 (ms) | lag p99 (ms) | changes received |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...runs.map(
      (r) =>
        `| ${r.rep} | ${r.side} | ${r.writesPerSecond} | ${r.errors} | ${r.cpuMsPerWrite.server} | ${r.cpuMsPerWrite.neo4j} | ${r.cpuMsPerWrite.client} | ${r.lagMs?.p50 ?? ""} | ${r.lagMs?.p99 ?? ""} | ${r.lagMs?.received ?? ""} |`,
    ),
    "",
    "| side | median writes/s | slower than without the log | median CPU ms/write: server / Neo4j / writers and subscriber |",
    "| --- | ---: | ---: | --- |",
    ...sides.map(
      (x) =>
        `| ${x.id} | ${rate(x.id)} | ${x.record && wanted.has("off") ? `${slower(x.id)}%` : ""} | ${Object.values(cpuOf(x.id)).join(" / ")} |`,
    ),
    "",
    `Delivery lag (from a change's \`time\` to its arrival at the subscriber), median over runs: p50 ${summary.lagMs.p50} ms, p99 ${summary.lagMs.p99} ms.`,
    "",
  ];
  writeFileSync(join(dir, `${values.out}.md`), lines.join("\n"));
  say(`wrote bench/results/${values.out}.{json,md}: ${JSON.stringify(summary)}`);
  if (summary.errors > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});

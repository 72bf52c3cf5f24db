import { randomBytes } from "node:crypto";
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { signToken } from "../src/auth/jwt";
import { loadConfig } from "../src/config";
import { CypherRegistry } from "../src/graph/cypher-registry";
import { createDriver } from "../src/graph/driver";
import { GraphGateway } from "../src/graph/gateway";
import { projectRoot } from "../src/project-root";
import { applySchema } from "../src/seed/load-seed";
import { loadSyntheticGraph, type SyntheticLoadResult } from "../src/synthetic/load-synthetic";
import { generateGraph } from "../src/synthetic/synthetic-graph.rules";
import { startThrowawayNeo4j, THROWAWAY_PASSWORD } from "../src/synthetic/throwaway-neo4j";
import { dbHitsPerRequest, gate, type GateResult } from "./gate";
import { measure, median, peakRssMb, round, type Measurement } from "./measure";
import { compareOpenLoop, OPEN_LOOP_SHARE, type OpenLoopRow } from "./open-loop-compare";
import { pinProcess, type Placement } from "./pinning";
import { startSut, type RunningSut, type SutId } from "./suts";
import { NOT_RUN, paramsAt, workload, type QueryClass } from "./workload";

export interface BenchOptions {
  readonly sizes: number[];
  readonly durationS: number;
  readonly warmupS: number;
  readonly reps: number;
  /** Connection counts (at least one); warm-up and the report's chart use the first. */
  readonly connections: readonly [number, ...number[]];
  readonly seed: number;
  readonly heap: string;
  readonly pageCache: string;
  /** Every SUT in this process (smoke test): no build needed, no per-process CPU figures. */
  readonly inProcess: boolean;
  readonly suts: SutId[];
  /** Only these query classes (e.g. ["Q1", "Q6"]); all when empty. */
  readonly classes: string[];
  /** Pin Neo4j and the bench process to one core, the SUTs to the other (taskset); no pinning when undefined. */
  readonly placement?: Placement;
  /** T6: seconds per open-loop run of O and N at 80% of N's max (0: none); `reps` runs each. */
  readonly openLoopS: number;
  readonly progress: (line: string) => void;
}

export interface RunRow extends Measurement {
  readonly sut: SutId;
  readonly classId: string;
  readonly connections: number;
  readonly reps: Measurement[];
  readonly rpsMin: number;
  readonly rpsMax: number;
}

export interface SizeResult {
  readonly relationships: number;
  readonly load: SyntheticLoadResult;
  readonly classes: Array<{ id: string; title: string; n: string }>;
  readonly gate: GateResult[];
  readonly dbHits: Record<string, { ours?: number; n?: number }>;
  readonly runs: RunRow[];
  /** T6, when asked for (`--open-loop`). */
  readonly openLoop: OpenLoopRow[];
  readonly peakRssMb: Partial<Record<SutId | "neo4j", number>>;
  readonly commands: Partial<Record<SutId, string>>;
  readonly loadAverage: { before: number[]; after: number[] };
}

export interface BenchResult {
  readonly startedAt: string;
  readonly machine: Record<string, unknown>;
  readonly versions: Record<string, string>;
  readonly options: Omit<BenchOptions, "progress">;
  readonly neo4j: { heap: string; pageCache: string; version: string };
  readonly notRun: Record<string, string>;
  readonly sizes: SizeResult[];
  /** True when every SUT answered every class without errors and the gate found no mismatch. */
  readonly passed: boolean;
  /** True when the gate found no mismatch and no error (timed runs may still have timed out). */
  readonly gatePassed: boolean;
}

function versionOf(pkg: string): string {
  try {
    const manifest = readFileSync(join(projectRoot(), "node_modules", pkg, "package.json"), "utf8");
    return (JSON.parse(manifest) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

function machine(): Record<string, unknown> {
  let uname = "unknown";
  try {
    uname = execSync("uname -a").toString().trim();
  } catch {
    // not a Unix
  }
  return {
    uname,
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGb: round(totalmem() / 2 ** 30, 1),
    node: process.version,
  };
}

/** Runs the benchmark: per size a fresh Neo4j, the synthetic graph, the correctness gate, then interleaved timed runs. */
export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const say = o.progress;
  const startedAt = new Date().toISOString();
  const sizes: SizeResult[] = [];
  let neoVersion = "unknown";
  for (const relationships of o.sizes) {
    say(
      `== ${relationships} relationships: starting a throwaway Neo4j (heap ${o.heap}, page cache ${o.pageCache})`,
    );
    const before = loadavg().map((x) => round(x, 2));
    const neo = await startThrowawayNeo4j(say, { heap: o.heap, pageCache: o.pageCache });
    neoVersion = neo.version;
    const driver = createDriver({ uri: neo.boltUri, user: "neo4j", password: THROWAWAY_PASSWORD });
    const suts: RunningSut[] = [];
    try {
      const cypher = CypherRegistry.load(join(projectRoot(), "cypher"));
      const loader = new GraphGateway(driver, cypher, {
        database: "neo4j",
        timeoutMs: 300000,
        app: "iij-kg-bench-load",
      });
      // Queries get our server's default timeout (NEO4J_QUERY_TIMEOUT_MS, 10 s), so L0/L1 fail where O fails.
      const gateway = new GraphGateway(driver, cypher, {
        database: "neo4j",
        timeoutMs: 10000,
        app: "iij-kg-bench",
      });
      await applySchema(loader, cypher.namesUnder("schema/"));
      const graph = generateGraph({ relationships, seed: o.seed });
      const load = await loadSyntheticGraph(loader, graph, say);
      await loader.readText("CALL db.awaitIndexes(300)");
      await loader.readText(
        "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(n) AS n, count(r) AS r, sum(size(keys(r))) AS k",
      );
      say("page cache warmed (every node and relationship read once)");

      // Spawned SUTs run as in production (NODE_ENV=production), where our server refuses the development secret.
      const auth = loadConfig().auth;
      const jwtSecret = randomBytes(32).toString("hex");
      const signWith = { ...auth, secret: o.inProcess ? auth.secret : jwtSecret };
      const editorToken = await signToken(signWith, {
        subject: "bench",
        roles: ["editor"],
        expiresIn: "12h",
      });
      if (o.placement) {
        // After the load (which uses both cores): Neo4j and this process on one core, the SUTs on the other.
        pinProcess(neo.pid, o.placement.database);
        pinProcess(process.pid, o.placement.database);
        say(
          `pinned: Neo4j and the load generator to core ${o.placement.database}, SUTs to core ${o.placement.sut}`,
        );
      }
      const ctx = {
        uri: neo.boltUri,
        password: THROWAWAY_PASSWORD,
        gateway,
        driver,
        inProcess: o.inProcess,
        editorToken,
        jwtSecret,
        sutCores: o.placement?.sut,
      };
      for (const id of o.suts) {
        say(`starting ${id} ...`);
        suts.push(await startSut(id, ctx));
      }
      const classes = workload(graph.plan.companies, o.seed).filter(
        (c) => !o.classes.length || o.classes.includes(c.id),
      );

      say("correctness gate: comparing normalised answers of every SUT with O's");
      const gates: GateResult[] = [];
      const hits: SizeResult["dbHits"] = {};
      for (const c of classes) {
        const g = await gate(c, suts, gateway, o.inProcess ? 2 : 3);
        gates.push(g);
        const h = await dbHitsPerRequest(c, driver, gateway, g.captured);
        hits[c.id] = h;
        say(
          `  ${c.id} ${c.title}: ${g.mismatches.length ? `${g.mismatches.length} MISMATCH(ES)` : "ok"}; ` +
            `statements ${JSON.stringify(g.statements)}; dbHits ours ${h.ours ?? "timed out"}` +
            (h.n !== undefined ? `, N ${h.n}` : ""),
        );
        for (const m of g.mismatches.slice(0, 3)) say(`    ${m}`);
      }

      const neo4jPid = o.inProcess ? undefined : neo.pid;
      const runs: RunRow[] = [];
      const collected = new Map<string, Measurement[]>();
      // L0 has nothing to time where our server runs no statement (Q10); N only what it can express.
      const runnable = (c: QueryClass, sut: RunningSut) =>
        sut.id === "N"
          ? typeof c.neo4jGraphql === "function"
          : sut.id !== "L0" || c.statements(paramsAt(c, 0)).length > 0;
      const target = (sut: RunningSut) => ({
        url: sut.url,
        pid: o.inProcess ? undefined : sut.pid,
        body: sut.body,
        headers: sut.headers,
        writePrefix: sut.id.toLowerCase(),
      });
      if (o.warmupS > 0) {
        say(`warm-up: ${o.warmupS} s per SUT and class`);
        for (const c of classes) {
          for (const sut of suts.filter((s) => runnable(c, s))) {
            await measure(target(sut), c, {
              connections: o.connections[0],
              durationS: o.warmupS,
              gateway,
            });
          }
        }
      }
      for (let rep = 0; rep < o.reps; rep++) {
        for (const c of classes) {
          for (const connections of o.connections) {
            // Interleaved: each repetition visits the SUTs in a rotated order, to spread drift.
            const order = suts.filter((s) => runnable(c, s));
            const rotated = [
              ...order.slice(rep % order.length),
              ...order.slice(0, rep % order.length),
            ];
            for (const sut of rotated) {
              const m = await measure(target(sut), c, {
                connections,
                durationS: o.durationS,
                neo4jPid,
                gateway,
              });
              const key = `${sut.id}|${c.id}|${connections}`;
              collected.set(key, [...(collected.get(key) ?? []), m]);
              say(
                `  rep ${rep + 1}/${o.reps} ${c.id} c=${connections} ${sut.id}: ${m.rps} req/s, p50 ${m.p50} ms, ` +
                  `p99 ${m.p99} ms, errors ${m.errors}, cpu ${m.sutCpuMsPerReq ?? "-"} ms/req (neo4j ${m.neo4jCpuMsPerReq ?? "-"})`,
              );
            }
          }
        }
      }
      for (const [key, reps] of collected) {
        const [sut, classId, connections] = key.split("|") as [SutId, string, string];
        const pick = (f: (m: Measurement) => number | undefined) => {
          const xs = reps.map(f).filter((x): x is number => x !== undefined);
          return xs.length ? median(xs) : undefined;
        };
        runs.push({
          sut,
          classId,
          connections: Number(connections),
          reps,
          requests: reps.reduce((s, m) => s + m.requests, 0),
          errors: reps.reduce((s, m) => s + m.errors, 0),
          rps: pick((m) => m.rps)!,
          rpsMin: Math.min(...reps.map((m) => m.rps)),
          rpsMax: Math.max(...reps.map((m) => m.rps)),
          p50: pick((m) => m.p50)!,
          p90: pick((m) => m.p90)!,
          p99: pick((m) => m.p99)!,
          max: Math.max(...reps.map((m) => m.max)),
          bytesPerResponse: pick((m) => m.bytesPerResponse)!,
          sutCpuMsPerReq: pick((m) => m.sutCpuMsPerReq),
          neo4jCpuMsPerReq: pick((m) => m.neo4jCpuMsPerReq),
        });
      }
      let openLoop: OpenLoopRow[] = [];
      if (o.openLoopS > 0) {
        say(
          `open loop (T6): O and N at ${OPEN_LOOP_SHARE * 100}% of N's best closed-loop req/s, ${o.reps} x ${o.openLoopS} s each`,
        );
        const nMax = (classId: string) =>
          Math.max(
            0,
            ...runs.filter((r) => r.sut === "N" && r.classId === classId).map((r) => r.rps),
          ) || undefined;
        openLoop = await compareOpenLoop(classes, suts, nMax, {
          durationS: o.openLoopS,
          reps: o.reps,
          say,
        });
      }
      const rss: SizeResult["peakRssMb"] = o.inProcess ? {} : { neo4j: peakRssMb(neo.pid) };
      const commands: SizeResult["commands"] = {};
      for (const sut of suts) {
        if (!o.inProcess) rss[sut.id] = peakRssMb(sut.pid);
        commands[sut.id] = sut.command;
      }
      sizes.push({
        relationships,
        load,
        classes: classes.map((c) => ({
          id: c.id,
          title: c.title,
          n:
            typeof c.neo4jGraphql === "function"
              ? "yes"
              : `not run: ${c.neo4jGraphql.notExpressible}`,
        })),
        gate: gates.map(({ captured: _captured, ...g }) => g),
        dbHits: hits,
        runs,
        openLoop,
        peakRssMb: rss,
        commands,
        loadAverage: { before, after: loadavg().map((x) => round(x, 2)) },
      });
    } finally {
      for (const sut of suts.reverse()) await sut.stop().catch(() => undefined);
      await driver.close();
      say("stopping the throwaway Neo4j ...");
      await neo.stop();
      // The next size's load uses every core again.
      if (o.placement) pinProcess(process.pid, `0-${cpus().length - 1}`);
    }
  }
  const passed = sizes.every(
    (s) =>
      s.gate.every((g) => g.mismatches.length === 0) &&
      s.runs.every((r) => r.errors === 0 && r.requests > 0),
  );
  const gatePassed = sizes.every((s) => s.gate.every((g) => g.mismatches.length === 0));
  return {
    gatePassed,
    startedAt,
    machine: { ...machine(), loadAverageAtEnd: loadavg().map((x) => round(x, 2)) },
    versions: {
      node: process.version,
      neo4j: neoVersion,
      "neo4j-driver": versionOf("neo4j-driver"),
      "@apollo/server": versionOf("@apollo/server"),
      "type-graphql": versionOf("type-graphql"),
      "@neo4j/graphql": versionOf("@neo4j/graphql"),
      graphql: versionOf("graphql"),
      autocannon: versionOf("autocannon"),
    },
    options: { ...o, progress: undefined } as unknown as BenchResult["options"],
    neo4j: { heap: o.heap, pageCache: o.pageCache, version: neoVersion },
    notRun: NOT_RUN,
    sizes,
    passed,
  };
}

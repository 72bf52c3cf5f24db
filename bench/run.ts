import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root";
import { runBench, type BenchOptions } from "./bench";
import { TWO_CORE_PLACEMENT } from "./pinning";
import { markdown, svg } from "./report";
import type { SutId } from "./suts";

const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const list = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * `npm run bench [-- --sizes 10000,100000 --duration 5 --warmup 3 --reps 2 --connections 8 --suts L0,L1,O,N --classes Q1,Q6 --out name --pin]`
 * (`--pin`: Neo4j and the load generator on core 0, the SUTs on core 1, with taskset; `--open-loop 10`: T6, O and N
 * at a fixed rate of 80% of N's best closed-loop req/s, 10 s per run).
 * or `npm run bench -- --smoke` (tiny graph, 1 s runs: checks that it works, times nothing worth keeping).
 * Writes bench/results/<out>.{json,md,svg}: `latest` by default, `smoke` for the smoke run.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      smoke: { type: "boolean", default: false },
      sizes: { type: "string", default: "10000,100000" },
      duration: { type: "string", default: "5" },
      warmup: { type: "string", default: "2" },
      reps: { type: "string", default: "2" },
      connections: { type: "string", default: "8" },
      seed: { type: "string", default: "42" },
      heap: { type: "string", default: "2g" },
      pagecache: { type: "string", default: "2g" },
      suts: { type: "string", default: "L0,L1,O,N" },
      classes: { type: "string", default: "" },
      out: { type: "string", default: "latest" },
      pin: { type: "boolean", default: false },
      "open-loop": { type: "string", default: "0" },
    },
  });
  const smoke = values.smoke!;
  const [connections, ...moreConnections] = smoke ? [4] : list(values.connections!).map(Number);
  if (connections === undefined) throw new Error("--connections needs at least one count");
  const options: BenchOptions = {
    sizes: smoke ? [2000] : list(values.sizes!).map(Number),
    durationS: smoke ? 1 : Number(values.duration),
    warmupS: smoke ? 0 : Number(values.warmup),
    reps: smoke ? 1 : Number(values.reps),
    connections: [connections, ...moreConnections],
    seed: Number(values.seed),
    heap: smoke ? "512m" : values.heap!,
    pageCache: smoke ? "128m" : values.pagecache!,
    inProcess: false,
    suts: list(values.suts!) as SutId[],
    classes: list(values.classes!),
    placement: values.pin && !smoke ? TWO_CORE_PLACEMENT : undefined,
    openLoopS: smoke ? 1 : Number(values["open-loop"]),
    progress: say,
  };
  const result = await runBench(options);
  const dir = join(projectRoot(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  const name = smoke ? "smoke" : values.out!;
  if (!/^[a-z0-9-]+$/.test(name))
    throw new Error(`--out must be a plain file name (a-z, 0-9, -), got ${name}`);
  const json = {
    ...result,
    commandLine: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
  };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(dir, `${name}.md`), markdown(result));
  writeFileSync(join(dir, `${name}.svg`), svg(result));
  say(
    `wrote bench/results/${name}.{json,md,svg}; gate ${result.gatePassed ? "passed" : "FAILED (mismatches)"}; ${result.passed ? "no errors" : "errors, timeouts or empty runs in the timed part, see the report"}`,
  );
  if (!result.passed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});

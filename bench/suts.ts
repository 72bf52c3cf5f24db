import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import type { GraphGateway, Params } from "../src/graph/gateway";
import { freePort } from "../src/neo4j-local/ports";
import { exitWithOwner } from "../src/processes/orphan-guard";
import { projectRoot } from "../src/project-root";
import { startL1 } from "./sut-l1";
import { pinnedCommand } from "./pinning";
import { startN } from "./sut-n";
import type { QueryClass } from "./workload";

export type SutId = "L0" | "L1" | "O" | "N";

export interface RunningSut {
  readonly id: SutId;
  readonly url?: string;
  readonly pid?: number;
  readonly command: string;
  readonly body: (c: QueryClass, p: Params) => unknown;
  readonly headers?: Record<string, string>;
  stop(): Promise<void>;
}

export interface SutContext {
  readonly uri: string;
  readonly password: string;
  readonly gateway: GraphGateway;
  readonly driver: Driver;
  /** Run every SUT inside this process (the smoke test: no build, no CPU figures). */
  readonly inProcess: boolean;
  /** An editor token for our server's mutations, signed with `jwtSecret` (the development secret in process). */
  readonly editorToken: string;
  /** The JWT_SECRET our server is started with. */
  readonly jwtSecret: string;
  /** Cores the SUT processes are pinned to (taskset), or undefined for no pinning. */
  readonly sutCores?: string;
  /** More environment for our server's process (O), e.g. RECORD_CHANGES. */
  readonly env?: Readonly<Record<string, string>>;
}

export const bodies: Record<SutId, (c: QueryClass, p: Params) => unknown> = {
  L0: () => undefined,
  L1: (c, p) => ({ q: c.id, v: p }),
  O: (c, p) => c.graphql(p),
  N: (c, p) => (typeof c.neo4jGraphql === "function" ? c.neo4jGraphql(p) : undefined),
};

function spawnSut(
  args: string[],
  env: Record<string, string>,
  cores: string | undefined,
): ChildProcess {
  const [command, argv] = pinnedCommand(process.execPath, args, cores);
  const child = spawn(command, argv, {
    cwd: projectRoot(),
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid !== undefined) exitWithOwner(child.pid);
  return child;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 10000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function waitFor(
  child: ChildProcess,
  test: (line: string) => string | undefined,
  what: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = "";
    const onData = (d: Buffer) => {
      log += d.toString();
      for (const line of log.split("\n")) {
        const found = test(line);
        if (found) {
          child.stdout?.off("data", onData);
          return resolve(found);
        }
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
    child.once("exit", (code) =>
      reject(new Error(`${what} exited (${code}) before it was ready:\n${log.slice(-2000)}`)),
    );
  });
}

async function waitHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const auth = (ctx: SutContext) => ({ authorization: `Bearer ${ctx.editorToken}` });

/** Starts one system under test on the bench Neo4j. */
export async function startSut(id: SutId, ctx: SutContext): Promise<RunningSut> {
  // As deployed (the Dockerfile's NODE_ENV): graphql-js, Express and Apollo skip their development checks.
  const env = {
    NEO4J_URI: ctx.uri,
    NEO4J_USER: "neo4j",
    NEO4J_PASSWORD: ctx.password,
    NODE_ENV: "production",
  };
  if (id === "L0") {
    return {
      id,
      pid: process.pid,
      command: "in-process driver loop (bench process)",
      body: bodies.L0,
      stop: async () => {},
    };
  }
  if (ctx.inProcess) {
    if (id === "L1") {
      const { url, server } = await startL1(ctx.gateway, (await import("./workload")).workload(1));
      return {
        id,
        url,
        command: "in-process",
        body: bodies.L1,
        stop: () => new Promise((r) => server.close(() => r())),
      };
    }
    if (id === "N") {
      const n = await startN(ctx.driver, { statements: 0, last: [] });
      return { id, url: n.url, command: "in-process", body: bodies.N, stop: n.stop };
    }
    const [{ createServer }, { createLogger }] = await Promise.all([
      import("../src/server"),
      import("../src/logger"),
    ]);
    const { loadConfig } = await import("../src/config");
    const config = loadConfig();
    const settings = { ...config, limits: { ...config.limits, rateLimitMax: 0 } };
    const server = await createServer(
      { gateway: ctx.gateway, logger: createLogger("silent"), config: settings },
      0,
      "127.0.0.1",
    );
    return {
      id,
      url: server.url,
      command: "in-process createServer",
      body: bodies.O,
      headers: auth(ctx),
      stop: server.stop,
    };
  }
  const port = await freePort();
  if (id === "O") {
    const args = [join(projectRoot(), "dist", "index.js")];
    const child = spawnSut(
      args,
      {
        ...env,
        PORT: String(port),
        HOST: "127.0.0.1",
        SEED_ON_START: "false",
        LOG_LEVEL: "warn",
        RATE_LIMIT_MAX: "0",
        JWT_SECRET: ctx.jwtSecret,
        ...ctx.env,
      },
      ctx.sutCores,
    );
    child.stdout?.resume();
    const exited = new Promise<never>((_, reject) =>
      child.once("exit", (c) => reject(new Error(`O exited (${c})`))),
    );
    await Promise.race([waitHttp(`http://127.0.0.1:${port}/health/ready`, 60000), exited]);
    return {
      id,
      url: `http://127.0.0.1:${port}/graphql`,
      pid: child.pid,
      command: `NODE_ENV=production PORT=${port} SEED_ON_START=false LOG_LEVEL=warn RATE_LIMIT_MAX=0 JWT_SECRET=<per run> ${Object.entries(
        ctx.env ?? {},
      )
        .map(([k, v]) => `${k}=${v} `)
        .join("")}NEO4J_URI=${ctx.uri} node dist/index.js`,
      body: bodies.O,
      headers: auth(ctx),
      stop: () => stopChild(child),
    };
  }
  const script = join(__dirname, "sut-main.js");
  const child = spawnSut([script, id.toLowerCase()], { ...env, PORT: String(port) }, ctx.sutCores);
  const url = await waitFor(
    child,
    (l) => (l.startsWith("READY ") ? l.slice(6).trim() : undefined),
    id,
  );
  return {
    id,
    url,
    pid: child.pid,
    command: `NODE_ENV=production PORT=${port} node ${script} ${id.toLowerCase()}`,
    body: bodies[id],
    stop: () => stopChild(child),
  };
}

/**
 * A small HTTP load generator for POST requests, open loop (fixed arrival rate) or closed loop (N connections).
 *
 * Open loop: request i is due at t0 + i/rate (piecewise over `phases`), and is sent at that time whatever the
 * earlier requests are doing. Its latency is measured from that *scheduled* time, not from when it was sent:
 * this is the coordinated-omission correction (a stalled server, or a stalled sender, cannot hide the wait of
 * the requests that should have been sent meanwhile). `sendLagMs` and `achievedRate` in the result say whether
 * the generator kept up with its schedule; a caller should check them before trusting the run. Against a
 * trivial local server it kept 6,000 requests/s on this 2-core machine (send lag p99 11-16 ms).
 *
 * Every request is kept as a `Sample` (times relative to t0, status, whether a 200 carried `errors`, the
 * `extensions.code`s of its errors, whether it opened a connection), so a caller can compute percentiles over
 * any time window (`summarize`). Percentiles are exact (sorted samples), which runs of a few tens of thousands
 * of requests can afford (no HDR histogram needed).
 *
 * Connections are keep-alive sockets of one `http.Agent` (`maxSockets`, default 512), used in turn (FIFO);
 * requests beyond them wait in the agent, which the latency (from the scheduled time) then includes.
 * `preconnect` opens them before t0, like a client with a warm pool: a Node server whose event loop is busy
 * accepts about one new connection per loop iteration, so connections opened during an overload wait seconds
 * in the kernel's accept queue (docs/RELIABILITY.md, L5). A request that fails on a kept-alive socket before any
 * response (the server closed it as it was reused) is sent once more on a new one.
 *
 * `runInWorker` runs the generator on a worker thread, so that a server under test in the same process (as in
 * the reliability tests) does not delay the generator's timers, nor the generator the server's event loop.
 */
import { readFileSync } from "node:fs";
import { Agent, request, type IncomingMessage } from "node:http";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

export interface Phase {
  /** Requests per second. */
  readonly rate: number;
  readonly durationMs: number;
}

export interface LoadSpec {
  readonly url: string;
  /**
   * The request bodies (JSON), sent in rotation (request i gets bodies[i % length]), or a function giving the
   * i-th body (`run` only: a function cannot be passed to a worker).
   */
  readonly bodies: readonly string[] | ((i: number) => string);
  readonly headers?: Readonly<Record<string, string>>;
  /** Open loop: the arrival rate over time, phase after phase. */
  readonly phases?: readonly Phase[];
  /** Closed loop instead: this many connections, each sending its next request when the previous is answered. */
  readonly closed?: { readonly connections: number; readonly durationMs: number };
  /** Sockets at most (default 512). */
  readonly maxSockets?: number;
  /**
   * Before t0, open this many keep-alive sockets with concurrent GETs of `path` on the same host (a cheap
   * endpoint), so the run starts with its connections established, like a client with a warm connection pool.
   */
  readonly preconnect?: { readonly count: number; readonly path: string };
  /** A request unanswered this long is abandoned and recorded with status 0 and code TIMEOUT (default 30 s). */
  readonly timeoutMs?: number;
}

export interface Sample {
  /** When the request was due, ms after t0 (closed loop: when it was sent). */
  readonly scheduled: number;
  /** When it was handed to the socket layer, ms after t0. */
  readonly sent: number;
  /**
   * When the request had a connected socket, ms after t0: a kept-alive socket as soon as the agent gave it one,
   * a new socket once connected (the time between `sent` and this is the wait for a socket: agent or TCP).
   */
  readonly connected: number;
  /** The request opened a new connection (false: it reused a kept-alive one). */
  readonly fresh: boolean;
  /** When the whole response had arrived (or the request failed), ms after t0. */
  readonly done: number;
  /** HTTP status; 0 when no response came (connection error or timeout). */
  readonly status: number;
  /** A 200 whose body carries `errors`. */
  readonly gqlErrors: boolean;
  /** `extensions.code` of each error in the body (or the socket error's code when status is 0). */
  readonly codes: readonly string[];
  /** The response's `Retry-After` header, null when it had none (or no response came). */
  readonly retryAfter: string | null;
  /** The response's `x-cypher-statements` header (statements the request ran), null when it had none. */
  readonly statements: string | null;
}

export interface LoadResult {
  readonly samples: Sample[];
  /** Wall-clock time (ms since the epoch) of t0. */
  readonly t0EpochMs: number;
  /** Requests that were due, and sent. */
  readonly offered: number;
  /**
   * Requests sent per second, from t0 to the later of the schedule's end and the last send (open loop; below
   * the target rate when the generator fell behind), or over the run (closed loop).
   */
  readonly achievedRate: number;
  /** How late the sends were against their schedule, ms (open loop; zeros for closed loop). */
  readonly sendLagMs: { readonly p50: number; readonly p99: number; readonly max: number };
}

/** The value at percentile `p` (0-100) of an ascending array; 0 for an empty one. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

export interface WindowSummary {
  readonly requests: number;
  readonly ok: number;
  /** Responses that were not a 200 without `errors`, by `status` or `status:code`. */
  readonly failures: Record<string, number>;
  /** Latency from the scheduled time, ms. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** The samples scheduled in [fromMs, toMs) (ms after t0) that pass `filter`, with their latency percentiles. */
export function summarize(
  samples: readonly Sample[],
  fromMs = 0,
  toMs = Infinity,
  filter: (s: Sample) => boolean = () => true,
): WindowSummary {
  const inside = samples.filter((s) => s.scheduled >= fromMs && s.scheduled < toMs && filter(s));
  const latencies = inside.map((s) => s.done - s.scheduled).sort((a, b) => a - b);
  const failures: Record<string, number> = {};
  let ok = 0;
  for (const s of inside) {
    if (s.status === 200 && !s.gqlErrors) {
      ok += 1;
      continue;
    }
    const key = s.codes.length ? `${s.status}:${s.codes.join(",")}` : String(s.status);
    failures[key] = (failures[key] ?? 0) + 1;
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: inside.length,
    ok,
    failures,
    p50: r(percentile(latencies, 50)),
    p99: r(percentile(latencies, 99)),
    max: r(latencies.at(-1) ?? 0),
  };
}

/** Runs the load on this thread. */
export async function run(spec: LoadSpec): Promise<LoadResult> {
  if (typeof spec.bodies !== "function" && spec.bodies.length === 0)
    throw new RangeError("LoadSpec.bodies is empty");
  const target = new URL(spec.url);
  // FIFO: every socket is used in turn, so none sits idle long enough for the server to close it
  // (keepAliveTimeout) and a later burst finds its connections open.
  const sockets = spec.maxSockets ?? 512;
  const agent = new Agent({
    keepAlive: true,
    maxSockets: sockets,
    maxFreeSockets: sockets,
    scheduling: "fifo",
  });
  const given = spec.bodies;
  const fixed = typeof given === "function" ? [] : given.map((b) => Buffer.from(b));
  const bodyOf = (i: number) =>
    typeof given === "function" ? Buffer.from(given(i)) : fixed[i % fixed.length]!;
  const timeoutMs = spec.timeoutMs ?? 30000;
  const samples: Sample[] = [];
  if (spec.preconnect) {
    const { count, path } = spec.preconnect;
    const get = () =>
      new Promise<void>((resolve) =>
        request(
          { agent, hostname: target.hostname, port: target.port, path, method: "GET" },
          (res) => res.resume().on("end", resolve),
        )
          .on("error", () => resolve())
          .end(),
      );
    await Promise.all(Array.from({ length: count }, get));
  }
  const t0 = performance.now();
  const t0EpochMs = performance.timeOrigin + t0;
  const now = () => performance.now() - t0;

  /**
   * Sends request i, due at `scheduled`; resolves when it is recorded. A request that fails on a kept-alive
   * socket before any response (the server closed the idle socket as it was reused: ECONNRESET, EPIPE) is sent
   * once more on a new socket, as Node's documentation advises; its latency still counts from `scheduled`.
   */
  const send = (i: number, scheduled: number) =>
    new Promise<void>((resolve) => {
      const body = bodyOf(i);
      const sent = now();
      let settled = false;
      let connected = -1;
      let fresh = false;
      const record = (
        status: number,
        gqlErrors: boolean,
        codes: string[],
        res?: IncomingMessage,
      ) => {
        if (settled) return;
        settled = true;
        const header = (name: string) => {
          const value = res?.headers[name];
          return typeof value === "string" ? value : null;
        };
        samples.push({
          scheduled,
          sent,
          connected,
          fresh,
          done: now(),
          status,
          gqlErrors,
          codes,
          retryAfter: header("retry-after"),
          statements: header("x-cypher-statements"),
        });
        resolve();
      };
      const attempt = (retry: boolean) => {
        let responded = false;
        const req = request(
          {
            agent,
            hostname: target.hostname,
            port: target.port,
            path: target.pathname + target.search,
            method: "POST",
            headers: {
              "content-type": "application/json",
              "content-length": body.length,
              ...spec.headers,
            },
          },
          (res) => {
            responded = true;
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("error", (e: NodeJS.ErrnoException) =>
              record(0, false, [e.code ?? "RESPONSE_ERROR"]),
            );
            res.on("end", () => {
              const text = Buffer.concat(chunks).toString("utf8");
              const status = res.statusCode ?? 0;
              // Parse only when the body may carry errors: most 200s do not.
              if (status === 200 && !text.includes('"errors"'))
                return record(status, false, [], res);
              let codes: string[];
              try {
                const errors =
                  (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: unknown } }> })
                    .errors ?? [];
                codes = errors.map((e) => String(e.extensions?.code ?? "NO_CODE"));
              } catch {
                codes = ["NOT_JSON"];
              }
              record(status, status === 200 && codes.length > 0, codes, res);
            });
          },
        );
        req.once("socket", (socket) => {
          fresh = socket.connecting;
          if (!fresh) connected = now();
          else socket.once("connect", () => (connected = now()));
        });
        req.setTimeout(timeoutMs, () =>
          req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })),
        );
        req.on("error", (e: NodeJS.ErrnoException) => {
          if (
            retry &&
            !responded &&
            req.reusedSocket &&
            (e.code === "ECONNRESET" || e.code === "EPIPE")
          )
            attempt(false);
          else record(0, false, [e.code ?? "REQUEST_ERROR"]);
        });
        req.end(body);
      };
      attempt(true);
    });

  const pending: Array<Promise<void>> = [];
  const lags: number[] = [];
  let offered = 0;
  let span: number;
  if (spec.closed) {
    const { connections, durationMs } = spec.closed;
    let next = 0;
    const loop = async () => {
      while (now() < durationMs) {
        const at = now();
        await send(next++, at);
      }
    };
    await Promise.all(Array.from({ length: connections }, loop));
    offered = next;
    span = now();
  } else {
    // Due times, phase by phase: request j of a phase starting at `start` with rate r is due at start + j * 1000 / r.
    const due: number[] = [];
    let start = 0;
    for (const { rate, durationMs } of spec.phases ?? []) {
      const n = Math.round((rate * durationMs) / 1000);
      for (let j = 0; j < n; j++) due.push(start + (j * 1000) / rate);
      start += durationMs;
    }
    span = start;
    await new Promise<void>((done) => {
      const tick = () => {
        const t = now();
        // Everything due by now goes out now (a late tick sends its backlog at once: the schedule is kept).
        for (let at = due[offered]; at !== undefined && at <= t; at = due[offered]) {
          lags.push(t - at);
          pending.push(send(offered, at));
          offered += 1;
        }
        const next = due[offered];
        if (next !== undefined) setTimeout(tick, Math.max(0, next - now()));
        else done();
      };
      tick();
    });
    await Promise.all(pending);
  }
  agent.destroy();
  const lastSent = samples.reduce((m, x) => Math.max(m, x.sent), 0);
  if (!spec.closed) span = Math.max(span, lastSent);
  lags.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  samples.sort((a, b) => a.scheduled - b.scheduled);
  return {
    samples,
    t0EpochMs,
    offered,
    achievedRate: r(offered / (span / 1000)),
    sendLagMs: {
      p50: r(percentile(lags, 50)),
      p99: r(percentile(lags, 99)),
      max: r(lags.at(-1) ?? 0),
    },
  };
}

/**
 * Runs the load on a worker thread (its own event loop) and resolves with its result. Compiled to JavaScript
 * (the bench) the worker loads this file; as TypeScript (under ts-jest) it runs this file transpiled by esbuild.
 */
export async function runInWorker(spec: LoadSpec): Promise<LoadResult> {
  if (typeof spec.bodies === "function")
    throw new TypeError("runInWorker needs bodies as an array");
  const source = __filename.endsWith(".js")
    ? `require(${JSON.stringify(__filename)});`
    : (await import("esbuild")).transformSync(readFileSync(__filename, "utf8"), {
        loader: "ts",
        format: "cjs",
        target: "node20",
      }).code;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { openLoopSpec: spec } });
    let result: LoadResult | undefined;
    worker.once("message", (m: LoadResult) => (result = m));
    worker.once("error", reject);
    worker.once("exit", (code) =>
      result
        ? resolve(result)
        : reject(new Error(`load worker exited with code ${code} and no result`)),
    );
  });
}

// In a worker started by runInWorker: run the spec it was given and post the result back.
if (!isMainThread && (workerData as { openLoopSpec?: LoadSpec } | null)?.openLoopSpec) {
  void run((workerData as { openLoopSpec: LoadSpec }).openLoopSpec).then((result) =>
    parentPort!.postMessage(result),
  );
}

import { writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TestApi } from "../support/api";
import { CustomApi } from "../support/custom-api";
import { settleWithin } from "../support/settle-within";

/**
 * Abuse at the HTTP and GraphQL layer against the real server and the test Neo4j:
 * A2 wrong methods and content types, A11 fragment cycles and fan-out, A14 wrong variables, A21 slowloris.
 * "0 RUN" is the `x-cypher-statements` header: 0, or absent when the request never reached GraphQL.
 * Figures go to $TMPDIR/iij-kg-abuse.json for docs/RELIABILITY.md.
 */
const STATS = JSON.stringify({ query: "{ stats { nodes } }" });
const NO_STACK = /node_modules|at [\w.<>]+ \(|\.[jt]s:\d+|"stack"/;
const figures: Record<string, unknown> = {};
/** Liveness bound on the answer to a fragment fan-out (tens of seconds; measured: 14-76 ms). */
const FAN_OUT_ANSWERED_WITHIN_MS = 30000;

jest.setTimeout(60000);

interface Raw {
  status: number;
  headers: Headers;
  text: string;
  json: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function send(url: string, init: RequestInit): Promise<Raw> {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) as Raw["json"] };
}

function expectNoRun(res: Raw) {
  expect(res.headers.get("x-cypher-statements") ?? "0").toBe("0");
  expect(res.text).not.toMatch(NO_STACK);
}

/** F0 has 3 fields; F(i) spreads F(i-1) `width` times: expanded naively, width^levels * 3 selections. */
function fanOut(levels: number, width: number): string {
  const fragments = ["fragment F0 on Entity { id name kind }"];
  for (let i = 1; i <= levels; i++)
    fragments.push(
      `fragment F${i} on Entity { ${Array(width)
        .fill(`...F${i - 1}`)
        .join(" ")} }`,
    );
  return `query { entity(id: "iij") { ...F${levels} } } ${fragments.join(" ")}`;
}

describe("abuse", () => {
  let api: TestApi;
  let url: string;
  beforeAll(async () => {
    api = await TestApi.start();
    url = api.server.url;
  });
  afterAll(async () => {
    await api.stop();
    writeFileSync(join(tmpdir(), "iij-kg-abuse.json"), JSON.stringify(figures));
    process.stderr.write(`abuse figures: ${JSON.stringify(figures)}\n`);
  });

  it("A2: PUT, DELETE and PATCH are 405 (Allow: GET, POST); text/plain and form POSTs are 400; never 500", async () => {
    const json = { "content-type": "application/json" };
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const res = await send(url, { method, headers: json, body: STATS });
      expect({ method, status: res.status }).toEqual({ method, status: 405 });
      expect(res.headers.get("allow")).toBe("GET, POST");
      expect(res.json.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
      expectNoRun(res);
    }
    // Without a content type, a DELETE is a "simple" request: CSRF prevention answers before the method check.
    const bare = await send(url, { method: "DELETE" });
    expect(bare.status).toBe(400);
    expect(bare.json.errors?.[0]?.message).toMatch(/apollo-require-preflight/);
    expectNoRun(bare);
    // Content types a browser may send cross-site without a preflight: blocked as CSRF, naming the header.
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const res = await send(url, {
        method: "POST",
        headers: { "content-type": type },
        body: STATS,
      });
      expect({ type, status: res.status }).toEqual({ type, status: 400 });
      expect(res.json.errors?.[0]?.message).toMatch(
        /Cross-Site Request Forgery.*apollo-require-preflight/s,
      );
      expect(res.json.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
      expectNoRun(res);
    }
    // With the preflight header, text/plain is still not JSON: 400 from Apollo, no body parsed.
    const plain = await send(url, {
      method: "POST",
      headers: { "content-type": "text/plain", "apollo-require-preflight": "1" },
      body: STATS,
    });
    expect(plain.status).toBe(400);
    expect(plain.json.errors?.[0]?.message).toMatch(/invalid Content-Type/);
    expectNoRun(plain);
    // A GET with a non-JSON content type: 415.
    const xml = await send(`${url}?query=${encodeURIComponent("{ stats { nodes } }")}`, {
      headers: { "content-type": "application/xml" },
    });
    expect(xml.status).toBe(415);
    expectNoRun(xml);
    expect((await api.gql("{ stats { nodes } }")).status).toBe(200);
  });

  it("A11: cyclic fragments are 400 GRAPHQL_VALIDATION_FAILED before Neo4j", async () => {
    const cycles = [
      `query { entity(id: "iij") { ...A } } fragment A on Entity { id ...A }`,
      `query { entity(id: "iij") { ...A } } fragment A on Entity { id ...B } fragment B on Entity { name ...A }`,
      `query { entity(id: "iij") { ...A } } fragment A on Entity { id ...B } fragment B on Entity { name ...C } fragment C on Entity { kind ...A }`,
    ];
    for (const query of cycles) {
      const res = await api.gql(query);
      expect(res.status).toBe(400);
      expect(new Set(res.errors?.map((e) => e.extensions?.code))).toEqual(
        new Set(["GRAPHQL_VALIDATION_FAILED"]),
      );
      // graphql-js' NoFragmentCycles names the cycle (armor's depth rule may also report the cycle's depth).
      expect(res.errors?.map((e) => e.message)).toContainEqual(
        expect.stringMatching(/^Cannot spread fragment "[ABC]" within itself/),
      );
      expect(res.headers.get("x-cypher-statements")).toBe("0");
    }
  });

  it("A11: a fragment fan-out of 2^24 x 3 (and 10^8 x 3) selections is rejected by the cost limit (and the first by the depth limit) before Neo4j", async () => {
    // Times are recorded for docs/RELIABILITY.md, not asserted; the bound is liveness only (an answer comes).
    const timed = async (query: string, target: { gql: TestApi["gql"] }) => {
      const started = performance.now();
      const res = await settleWithin(
        target.gql(query),
        FAN_OUT_ANSWERED_WITHIN_MS,
        "the fan-out's rejection",
      );
      return { res, ms: performance.now() - started };
    };
    const binary = fanOut(24, 2);
    const wide = fanOut(8, 10);
    const times: number[] = [];
    // The binary fan-out is 52 levels deep (armor counts each spread as a level); the wide one is within the
    // depth limit of 20, and its cost alone stops it.
    const expected: Array<[string, RegExp[]]> = [
      [binary, [/Cost limit of 5000 exceeded/, /depth limit of 20 exceeded/]],
      [wide, [/Cost limit of 5000 exceeded/]],
    ];
    for (const [query, messages] of expected) {
      const { res, ms } = await timed(query, api);
      times.push(Math.round(ms));
      expect(res.status).toBe(400);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(
        messages.map(() => "GRAPHQL_VALIDATION_FAILED"),
      );
      expect(res.errors?.map((e) => e.message)).toEqual(
        messages.map((m) => expect.stringMatching(m)),
      );
      expect(res.headers.get("x-cypher-statements")).toBe("0");
    }
    // Each limit alone stops it: depth raised to 100, the cost limit still rejects; cost unbounded, depth does
    // (armor counts each fragment spread as a level, so 24 nested spreads are depth 52).
    const deep = await CustomApi.start(api.db.gateway, { maxDepth: 100 });
    // The naive cost of the binary fan-out is about 8e16, so only an unbounded budget lets it past the cost rule.
    const costly = await CustomApi.start(api.db.gateway, { maxCost: Number.POSITIVE_INFINITY });
    try {
      const byCost = await timed(binary, deep);
      expect(byCost.res.status).toBe(400);
      expect(byCost.res.errors?.map((e) => e.message)).toEqual([
        expect.stringMatching(/Cost limit of 5000 exceeded/),
      ]);
      expect(byCost.res.headers.get("x-cypher-statements")).toBe("0");
      const byDepth = await timed(binary, costly);
      expect(byDepth.res.status).toBe(400);
      expect(byDepth.res.errors?.map((e) => e.message)).toEqual([
        expect.stringMatching(/depth limit of 20 exceeded/),
      ]);
      expect(byDepth.res.headers.get("x-cypher-statements")).toBe("0");
      times.push(Math.round(byCost.ms), Math.round(byDepth.ms));
    } finally {
      await deep.stop();
      await costly.stop();
    }
    figures.fanOutRejectMs = times;
    // The server is still serving.
    expect((await api.gql("{ stats { nodes } }")).status).toBe(200);
  });

  it("A14: a missing required variable and a string for an Int are 400 BAD_USER_INPUT before Neo4j", async () => {
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      [
        `query($id: ID!) { entity(id: $id) { id } }`,
        {},
        /Variable "\$id" of required type "ID!" was not provided/,
      ],
      [
        `query($n: Int!) { entities(first: $n) { totalCount } }`,
        { n: "ten" },
        /Variable "\$n" got invalid value "ten"; Int cannot represent non-integer value/,
      ],
      [
        `query($n: Int!) { entities(first: $n) { totalCount } }`,
        { n: 2.5 },
        /Int cannot represent non-integer value: 2.5/,
      ],
      [
        `query($n: Int!) { entities(first: $n) { totalCount } }`,
        { n: null },
        /Variable "\$n" of non-null type "Int!" must not be null/,
      ],
    ];
    for (const [query, variables, message] of cases) {
      const res = await api.gql(query, variables);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(res.headers.get("x-cypher-statements")).toBe("0");
      expect(JSON.stringify(res.errors)).not.toMatch(NO_STACK);
    }
  });

  it("A21: 200 slowloris sockets are closed by headersTimeout (2 s) while a normal client keeps being served", async () => {
    const HEADERS_TIMEOUT_MS = 2000;
    const SOCKETS = 200;
    /**
     * Liveness bound on the sockets' closing: the timeout and the server's 1 s sweep close them (2.2-3.5 s when
     * measured); Node's default 30 s sweep would leave them open about 30 s, which this bound does not allow.
     */
    const CLOSED_WITHIN_MS = 20000;
    const slow = await CustomApi.start(api.db.gateway, { headersTimeoutMs: HEADERS_TIMEOUT_MS });
    // The server sweeps its connections for these timeouts every second (Node's default is every 30 s).
    expect(
      (slow.server.httpServer as { connectionsCheckingInterval?: number })
        .connectionsCheckingInterval,
    ).toBeLessThanOrEqual(1000);
    const open: Socket[] = [];
    const query = `{ entity(id: "iij") { id name owners { percentage owner { id } } } }`;
    const normal = async () => {
      const started = performance.now();
      const res = await slow.gql(query);
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data?.entity.id).toBe("iij");
      return performance.now() - started;
    };
    try {
      const baseline: number[] = [];
      for (let i = 0; i < 20; i++) baseline.push(await normal());

      // Each socket sends a request line and one header, then one more header byte per second, never ending.
      const opened = performance.now();
      const sockets = Array.from({ length: SOCKETS }, () => {
        const socket: Socket = connect(slow.server.port, "127.0.0.1");
        open.push(socket);
        let received = "";
        let trickle: NodeJS.Timeout | undefined;
        socket.on("connect", () => {
          socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: `);
          trickle = setInterval(() => socket.write("a"), 1000);
        });
        socket.on("data", (chunk) => (received += chunk.toString("latin1")));
        socket.on("error", () => undefined);
        return new Promise<{ ms: number; answer: string }>((resolve) =>
          socket.on("close", () => {
            clearInterval(trickle);
            resolve({ ms: performance.now() - opened, answer: received.split("\r\n")[0] ?? "" });
          }),
        );
      });
      let closedCount = 0;
      for (const s of sockets) void s.then(() => (closedCount += 1));

      // The normal client, sequentially, until every slow socket is gone (or CLOSED_WITHIN_MS have passed); for
      // each of its queries, how many slow sockets were still open when it was answered.
      const during: number[] = [];
      const heldWhenAnswered: number[] = [];
      const deadline = opened + CLOSED_WITHIN_MS;
      while (closedCount < SOCKETS && performance.now() < deadline) {
        during.push(await normal());
        heldWhenAnswered.push(SOCKETS - closedCount);
      }
      const closed = await settleWithin(Promise.all(sockets), 10000, "closing the slow sockets");
      const after: number[] = [];
      for (let i = 0; i < 10; i++) after.push(await normal());

      const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
      const pct = (xs: number[], p: number) =>
        Math.round(sorted(xs)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0);
      const closeMs = closed.map((c) => c.ms);
      figures.slowloris = {
        sockets: SOCKETS,
        headersTimeoutMs: HEADERS_TIMEOUT_MS,
        closedAfterMs: [Math.round(Math.min(...closeMs)), Math.round(Math.max(...closeMs))],
        answers: [...new Set(closed.map((c) => c.answer))],
        normalBaseline: {
          n: baseline.length,
          p50: pct(baseline, 50),
          max: Math.round(Math.max(...baseline)),
        },
        normalDuring: {
          n: during.length,
          p50: pct(during, 50),
          max: Math.round(Math.max(...during)),
          whileAllHeld: heldWhenAnswered.filter((h) => h === SOCKETS).length,
        },
        normalAfter: { n: after.length, p50: pct(after, 50), max: Math.round(Math.max(...after)) },
      };

      // Closed by the server (408, not by the client), not before the timeout, and by the server's sweep (the
      // liveness bound above), not left open for Node's default one. Latencies are recorded, not asserted.
      expect(closed.every((c) => c.answer === "HTTP/1.1 408 Request Timeout")).toBe(true);
      expect(Math.min(...closeMs)).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
      expect(Math.max(...closeMs)).toBeLessThan(CLOSED_WITHIN_MS);
      // The normal client was served while all 200 slow sockets held their connections, and after they were gone
      // (each call asserts its own answer: 200, no errors, the right data).
      expect(heldWhenAnswered.filter((h) => h === SOCKETS).length).toBeGreaterThanOrEqual(1);
    } finally {
      // Only matters when the server failed to close them: the test's own sockets must not outlive it.
      for (const socket of open) socket.destroy();
      await slow.stop();
    }
  });
});

import { loadConfig } from "../../src/config";
import {
  GraphGateway,
  type Params,
  type Statement,
  type WorkContext,
} from "../../src/graph/gateway";
import type { RowOf } from "../../src/graph/statement-rows";
import { TestApi } from "../support/api";
import { CustomApi } from "../support/custom-api";

/**
 * Admission control at its edge (MAX_IN_FLIGHT): with a limit of 2, two requests in flight pass and a third is
 * answered 503 SERVICE_UNAVAILABLE with Retry-After before Neo4j is asked; slots come back when responses end or
 * clients disconnect, exactly once. "Slow" requests are real ones held at the gateway: a gate in front of the
 * real test Neo4j, so the test knows how many statements were asked for, and when.
 */
class GatedGateway extends GraphGateway {
  /** Statements asked for (each waits for the gate before going to Neo4j). */
  asked = 0;
  private gate: Promise<void> = Promise.resolve();
  private release: () => void = () => undefined;

  hold(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  open(): void {
    this.release();
    this.gate = Promise.resolve();
  }

  override async read<S extends Statement>(
    statement: S,
    params: Params = {},
    work: WorkContext = {},
  ): Promise<RowOf<S>[]> {
    this.asked += 1;
    await this.gate;
    return super.read(statement, params, work);
  }
}

const QUERY = `{ entity(id: "iij") { id name } }`;

/** Waits for `check`, for at most `ms` (a liveness bound: each wait is for a request to arrive or to end). */
async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 30000,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The request's response, or a failure saying it was queued when none came within 30 s (a liveness bound). */
async function answeredWhileHeld(response: Promise<Response>): Promise<Response> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      response,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                "the request past MAX_IN_FLIGHT was not answered while the slots were held: queued, not refused",
              ),
            ),
          30000,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describe("admission control (MAX_IN_FLIGHT)", () => {
  let shared: TestApi;
  let gateway: GatedGateway;
  let api: CustomApi;

  const post = (signal?: AbortSignal) =>
    fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY }),
      signal,
    });
  const metric = async (name: string, labels: Record<string, string> = {}) => {
    const m = await api.server.metrics.registry.getSingleMetric(name)!.get();
    const v = m.values.find((x) => Object.entries(labels).every(([k, l]) => x.labels[k] === l));
    return v?.value ?? 0;
  };

  beforeAll(async () => {
    shared = await TestApi.start();
    const config = loadConfig();
    gateway = new GatedGateway(shared.db.driver, shared.db.cypher, {
      database: config.neo4j.database,
      timeoutMs: config.neo4j.queryTimeoutMs,
      app: "test-admission",
    });
    api = await CustomApi.start(gateway, { maxInFlight: 2 });
  });

  afterAll(async () => {
    gateway?.open();
    await api?.stop();
    await shared?.stop();
  });

  it("the default is the Bolt pool plus a quarter; 0 turns it off; invalid values name the variable", () => {
    expect(loadConfig({}).limits.maxInFlight).toBe(63);
    expect(loadConfig({ NEO4J_MAX_POOL_SIZE: "4" }).limits.maxInFlight).toBe(5);
    expect(loadConfig({ MAX_IN_FLIGHT: "0" }).limits.maxInFlight).toBe(0);
    expect(loadConfig({ MAX_IN_FLIGHT: "200", NEO4J_MAX_POOL_SIZE: "4" }).limits.maxInFlight).toBe(
      200,
    );
    expect(() => loadConfig({ MAX_IN_FLIGHT: "-1" })).toThrow(/MAX_IN_FLIGHT/);
    expect(() => loadConfig({ MAX_IN_FLIGHT: "lots" })).toThrow(/MAX_IN_FLIGHT/);
  });

  it("2 in flight pass; a 3rd, while they are held, is 503 SERVICE_UNAVAILABLE with Retry-After: 1, before Neo4j; the slots come back", async () => {
    const asked0 = gateway.asked;
    gateway.hold();
    const first = post();
    const second = post();
    await until("two statements held", () => gateway.asked === asked0 + 2);

    // The third is answered while the two hold both slots (the gate opens only below), so it was refused, not
    // queued behind them: queued, it would never be answered here. The bound is liveness, not latency.
    const third = await answeredWhileHeld(post());
    const body = (await third.json()) as {
      data?: unknown;
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(third.status).toBe(503);
    expect(third.headers.get("retry-after")).toBe("1");
    expect(third.headers.get("content-type")).toMatch(/^application\/json/);
    expect(third.headers.get("x-cypher-statements")).toBeNull();
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: "The server is at capacity; retry shortly.",
        extensions: { code: "SERVICE_UNAVAILABLE" },
      },
    ]);
    // Neo4j was not asked for the third: still the two held statements.
    expect(gateway.asked).toBe(asked0 + 2);
    expect(await metric("graphql_admission_rejected_total")).toBe(1);
    expect(await metric("graphql_errors_total", { code: "SERVICE_UNAVAILABLE" })).toBe(1);
    expect(await metric("graphql_admission_in_flight")).toBe(2);
    // Health and metrics are not GraphQL: never turned away.
    expect((await fetch(`${api.baseUrl}/health/live`)).status).toBe(200);

    gateway.open();
    for (const res of await Promise.all([first, second])) {
      expect(res.status).toBe(200);
      const answer = (await res.json()) as { data?: { entity?: { id: string } }; errors?: unknown };
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.entity?.id).toBe("iij");
    }
    await until("slots given back", () => gateway.asked >= asked0 + 2);
    expect(await metric("graphql_admission_in_flight")).toBe(0);
    // Both slots are back: two at once pass again.
    const again = await Promise.all([post(), post()]);
    expect(again.map((r) => r.status)).toEqual([200, 200]);
  });

  it("a client that disconnects gives its slot back, exactly once", async () => {
    const asked0 = gateway.asked;
    gateway.hold();
    const abort = new AbortController();
    const gone = post(abort.signal).then(
      () => "answered",
      (e: Error) => e.name,
    );
    await until("the first statement held", () => gateway.asked === asked0 + 1);
    abort.abort();
    expect(await gone).toBe("AbortError");
    await until(
      "the slot given back",
      async () => (await metric("graphql_admission_in_flight")) === 0,
    );
    // The aborted request's statement is still held at the gateway, but its slot is free: two more are admitted.
    const a = post();
    const b = post();
    await until("two more statements held", () => gateway.asked === asked0 + 3);
    const over = await post();
    expect(over.status).toBe(503);
    expect(gateway.asked).toBe(asked0 + 3);
    gateway.open();
    expect((await Promise.all([a, b])).map((r) => r.status)).toEqual([200, 200]);
    await until(
      "every slot given back",
      async () => (await metric("graphql_admission_in_flight")) === 0,
    );
    // The aborted request has ended too (its statement ran, its response had nowhere to go). Released twice, the
    // count would now be -1 and three held requests would all be admitted: exactly two are, the third is 503.
    await new Promise((r) => setTimeout(r, 200));
    const asked1 = gateway.asked;
    gateway.hold();
    const c = post();
    const d = post();
    await until("two statements held again", () => gateway.asked === asked1 + 2);
    expect((await post()).status).toBe(503);
    expect(await metric("graphql_admission_in_flight")).toBe(2);
    gateway.open();
    expect((await Promise.all([c, d])).map((r) => r.status)).toEqual([200, 200]);
  });
});

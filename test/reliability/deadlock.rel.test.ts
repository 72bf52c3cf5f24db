import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver, ManagedTransaction, Session, SessionConfig } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import type { CypherName } from "../../src/graph/cypher-registry";
import { GraphGateway } from "../../src/graph/gateway";
import { TestApi } from "../support/api";
import { authHeader, CustomApi } from "../support/custom-api";
import { settleWithin } from "../support/settle-within";

/**
 * F5: a real deadlock, induced through the API. `createEvent` MERGEs one INVOLVES relationship per
 * participant, in the order given (`set-event-participants`: UNWIND, then MERGE, which locks both ends of each
 * relationship it creates, until commit). Events with the same participants listed in opposite orders
 * therefore lock the same entity nodes in opposite orders; run concurrently, Neo4j detects deadlocks
 * (Neo.TransientError.Transaction.DeadlockDetected), and `executeWrite` runs the transaction function again.
 * First PAIRS pairs of writers, each pair over its own PER_PAIR entities (the checklist's case: two writers,
 * opposite orders): every request must succeed, and the gateway's statement observer must show transaction
 * functions that ran more than once (more `create-event` runs than requests). Then, measured, all writers over
 * the same HOT entities: failures are allowed only as SERVICE_UNAVAILABLE (retries exhausted), nothing partial. The server runs over a gateway on the real driver
 * whose sessions only note the Neo4j code of each error that leaves a transaction function (the driver then
 * decides, as always, whether to run it again), so the test can say that what was retried were deadlocks.
 * Figures go to $TMPDIR/iij-kg-deadlock.json.
 */
const P = `test-f5-${Math.random().toString(36).slice(2, 8)}`;
/** Each pair of writers shares its own PER_PAIR entities and lists them in opposite orders. */
const PAIRS = 16;
const PER_PAIR = 20;
/** Rounds of the pairs' burst, until one saw a deadlock (whether two writers interleave is up to timing). */
const ROUNDS = 4;
/** Then all writers at once over the same HOT entities: beyond what 5 s of retries can always resolve. */
const HOT = 8;
const CITE = { section: "Item 4", quote: "NTT Communications purchased shares of our company" };
const CREATE_EVENT = `mutation($i: CreateEventInput!) { createEvent(input: $i) { created } }`;

jest.setTimeout(90000);

describe("F5: deadlocks are retried", () => {
  let shared: TestApi;
  let api: CustomApi;
  const runs: Array<{ name: CypherName; ok: boolean }> = [];
  /** The code of every error thrown out of a write transaction function (one per failed attempt). */
  const attemptErrors: string[] = [];

  beforeAll(async () => {
    shared = await TestApi.start();
    const real = shared.db.driver;
    const noting = Object.create(real) as Driver;
    noting.session = (config?: SessionConfig): Session => {
      const session = real.session(config);
      const executeWrite = session.executeWrite.bind(session);
      session.executeWrite = (<T>(
        work: (tx: ManagedTransaction) => Promise<T>,
        txConfig?: Parameters<Session["executeWrite"]>[1],
      ) =>
        executeWrite(async (tx: ManagedTransaction) => {
          try {
            return await work(tx);
          } catch (error) {
            attemptErrors.push(String((error as { code?: string }).code));
            throw error;
          }
        }, txConfig)) as Session["executeWrite"];
      return session;
    };
    const config = loadConfig();
    const gateway = new GraphGateway(noting, shared.db.cypher, {
      database: config.neo4j.database,
      timeoutMs: config.neo4j.queryTimeoutMs,
      app: "test-f5",
    });
    gateway.onStatement((name, _ms, ok) => runs.push({ name, ok }));
    api = await CustomApi.start(gateway, { rateLimitMax: 0 });
    await shared.db.driver.executeQuery(
      "UNWIND $ids AS id CREATE (:Entity:Company {id: id, kind: 'Company', name: id})",
      {
        ids: [
          ...Array.from({ length: PAIRS * PER_PAIR }, (_, i) => `${P}-e${i}`),
          ...Array.from({ length: HOT }, (_, i) => `${P}-hot${i}`),
        ],
      },
    );
  });

  /** Sends all writers at once (writer i lists `sets(i)` forwards when i is even, backwards when odd). */
  async function burst(tag: string, writers: number, set: (i: number) => string[]) {
    const editor = await authHeader(["editor"], "f5");
    runs.length = 0;
    attemptErrors.length = 0;
    const started = performance.now();
    const results = await settleWithin(
      Promise.all(
        Array.from({ length: writers }, (_, i) => {
          const ids = i % 2 === 0 ? set(i) : [...set(i)].reverse();
          const input = {
            id: `${P}-${tag}-ev${i}`,
            kind: "Agreement",
            name: `F5 ${tag} ${i}`,
            participants: ids.map((entity) => ({ entity, role: "PARTNER" })),
            citations: [CITE],
          };
          return api.gql(CREATE_EVENT, { i: input }, editor);
        }),
      ),
      60000,
      `the ${tag} burst`,
    );
    const ms = performance.now() - started;
    const failures = results.filter((r) => r.status !== 200 || r.errors?.length);
    const count = (name: CypherName) => runs.filter((r) => r.name === name).length;
    const figures = {
      tag,
      requests: writers,
      failures: failures.length,
      failureCodes: [
        ...new Set(
          failures.flatMap((r) => (r.errors ?? []).map((e) => String(e.extensions?.code))),
        ),
      ],
      failureStatuses: [...new Set(failures.map((r) => r.status))],
      ms: Math.round(ms),
      createEventRuns: count("mutations/create-event"),
      failedStatements: runs.filter((r) => !r.ok).length,
      attemptErrors: Object.fromEntries(
        [...new Set(attemptErrors)].map((c) => [c, attemptErrors.filter((x) => x === c).length]),
      ),
    };
    process.stderr.write(`deadlock figures: ${JSON.stringify(figures)}\n`);
    const rows = await shared.db.gateway.readText(
      "MATCH (e:Event) WHERE e.id STARTS WITH $p RETURN e.id AS id, COUNT { (e)-[:INVOLVES]->() } AS involved",
      { p: `${P}-${tag}-` },
    );
    return { results, failures, figures, rows, errors: [...attemptErrors] };
  }

  const all: Record<string, unknown> = {};
  afterAll(() => writeFileSync(join(tmpdir(), "iij-kg-deadlock.json"), JSON.stringify(all)));

  afterAll(async () => {
    await api?.stop();
    await shared?.db.driver.executeQuery("MATCH (x) WHERE x.id STARTS WITH $p DETACH DELETE x", {
      p: P,
    });
    await shared?.stop();
  });

  it(`${PAIRS} pairs of createEvent locking ${PER_PAIR} entities in opposite orders: all succeed, deadlocks retried`, async () => {
    const rounds: Array<Awaited<ReturnType<typeof burst>>> = [];
    for (let round = 0; round < ROUNDS && !rounds.some((r) => r.errors.length > 0); round++) {
      rounds.push(
        await burst(`pairs${round}`, PAIRS * 2, (i) =>
          Array.from({ length: PER_PAIR }, (_, k) => `${P}-e${Math.floor(i / 2) * PER_PAIR + k}`),
        ),
      );
    }
    all.pairs = rounds.map((r) => r.figures);
    for (const { results, failures, figures, rows, errors } of rounds) {
      // 0 client-visible errors.
      expect(failures.slice(0, 3).map((r) => `${r.status} ${JSON.stringify(r.errors)}`)).toEqual(
        [],
      );
      for (const r of results) expect(r.data?.createEvent.created).toBe(true);
      // Every failed attempt was a deadlock, and each was followed by one more run of the transaction function.
      expect(
        [...new Set(errors)].filter((c) => c !== "Neo.TransientError.Transaction.DeadlockDetected"),
      ).toEqual([]);
      expect(figures.createEventRuns).toBe(PAIRS * 2 + errors.length);
      // Each event was written whole, once.
      expect(rows).toHaveLength(PAIRS * 2);
      for (const row of rows) expect(row.involved).toBe(PER_PAIR);
    }
    // Retried: in some round, transaction functions ran more often than there were requests, after deadlocks.
    const last = rounds[rounds.length - 1]!;
    expect(last.errors.length).toBeGreaterThan(0);
    expect(last.figures.createEventRuns).toBeGreaterThan(PAIRS * 2);
  });

  it(`measured: ${PAIRS * 2} writers over the same ${HOT} entities: deadlocks retried; what outlives the retries is SERVICE_UNAVAILABLE`, async () => {
    const hot = Array.from({ length: HOT }, (_, k) => `${P}-hot${k}`);
    const { results, failures, figures, rows, errors } = await burst("hot", PAIRS * 2, () => hot);
    all.hot = figures;
    expect(figures.createEventRuns).toBeGreaterThan(PAIRS * 2);
    expect([...new Set(errors)]).toEqual(["Neo.TransientError.Transaction.DeadlockDetected"]);
    // Failures (if any: the driver gives up after its retry window) are the mapped, retry-safe code, never a 500.
    for (const r of failures) {
      expect(r.status).toBe(200);
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(["SERVICE_UNAVAILABLE"]);
    }
    // Acknowledged events are stored whole; failed ones are not stored at all.
    expect(rows).toHaveLength(results.length - failures.length);
    for (const row of rows) expect(row.involved).toBe(HOT);
  });
});

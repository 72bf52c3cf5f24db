import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { encodeChangeCursor } from "../../src/changes/change.rules";
import { freePort } from "../../src/neo4j-local/ports";
import { exitWithOwner } from "../../src/processes/orphan-guard";
import { projectRoot } from "../../src/project-root";
import { postGraphQL, TestApi } from "../support/api";
import { authHeader } from "../support/custom-api";
import { ChangeSubscriber, type Received } from "../support/ws-client";
import { buildServer } from "./support";

const CITE = { section: "Item 4.B", quote: "NTT Communications purchased shares of our company" };
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created } }`;
const UPDATE_ENTITY = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { id } }`;
const CREATE_REL = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { created } }`;

const MUTATIONS = 1000;
const WRITERS_PER_REPLICA = 4;
const SUBSCRIBERS_PER_REPLICA = 3;
/** Replica A is killed once this many mutations have been answered. */
const KILL_AFTER = 400;

interface Replica {
  name: string;
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** A subscriber that, when its replica goes away, reconnects to another one with the last cursor it received. */
class ResumingSubscriber {
  readonly received: Received[] = [];
  readonly closes: Array<{ code: number; reason: string }> = [];
  private current: ChangeSubscriber;
  private taken = 0;

  constructor(
    url: string,
    private readonly after: string,
    private readonly fallback: () => string,
  ) {
    this.current = this.open(url, after);
  }

  /** Resolves when the last received change has `seq`; follows reconnections. */
  async until(seq: number): Promise<void> {
    this.target = seq;
    for (;;) {
      const s = this.current;
      await s.until(() => this.sync() || s.closeEvent !== undefined, 240000);
      if (this.sync()) return;
      if (s.closeEvent && s === this.current) {
        this.closes.push(s.closeEvent);
        const last = this.received.at(-1)?.cursor ?? this.after;
        this.current = this.open(this.fallback(), last);
      }
    }
  }

  dispose(): Promise<void> {
    return this.current.dispose();
  }

  /** Moves what the current connection received into `received`; true once `seq` is reached. */
  private sync(): boolean {
    const fresh = this.current.received.slice(this.taken);
    this.taken = this.current.received.length;
    this.received.push(...fresh);
    return (this.received.at(-1)?.seq ?? -1) >= this.target;
  }

  private target = Number.POSITIVE_INFINITY;

  private open(url: string, after: string): ChangeSubscriber {
    this.taken = 0;
    return new ChangeSubscriber(url, { after });
  }
}

describe("two replicas on one Neo4j", () => {
  let shared: TestApi;
  const replicas: Replica[] = [];
  const prefix = `test-replica-${Math.random().toString(36).slice(2, 8)}`;

  const startReplica = async (name: string, outDir: string): Promise<Replica> => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(outDir, "index.js")], {
      cwd: projectRoot(),
      env: {
        ...process.env,
        PORT: String(port),
        LOG_LEVEL: "silent",
        SEED_ON_START: "false",
        RATE_LIMIT_MAX: "0",
      },
      stdio: "ignore",
    });
    exitWithOwner(child.pid!);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60000;
    while (
      !(await fetch(`${url}/health/ready`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) throw new Error(`replica ${name} did not start`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const replica = { name, url: `${url}/graphql`, child, exited };
    replicas.push(replica);
    return replica;
  };

  beforeAll(async () => {
    const outDir = buildServer("replica-build");
    shared = await TestApi.start();
    await startReplica("A", outDir);
    await startReplica("B", outDir);
  }, 180000);

  afterAll(async () => {
    for (const r of replicas) {
      if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGTERM");
      await r.exited;
    }
    await shared.db.driver.executeQuery(
      "MATCH (x) WHERE x.id STARTS WITH $prefix DETACH DELETE x",
      {
        prefix,
      },
    );
    await shared.stop();
  }, 120000);

  it("every subscriber gets every change once and in order; A's subscribers resume on B; a failed write sends nothing", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const editor = await authHeader(["editor"], "replica-test");
    const [row] = await shared.db.gateway.readText("MATCH (c:Change) RETURN max(c.seq) AS seq");
    const start = encodeChangeCursor(Number(row!.seq));
    const startSeq = Number(row!.seq);
    let aAlive = true;

    const subscribers = [
      ...Array.from(
        { length: SUBSCRIBERS_PER_REPLICA },
        () => new ResumingSubscriber(a.url, start, () => b.url),
      ),
      ...Array.from(
        { length: SUBSCRIBERS_PER_REPLICA },
        () => new ResumingSubscriber(b.url, start, () => b.url),
      ),
    ];

    // The mutations: creates, and every fifth an update of an entity created before; a few fail on purpose.
    const plan = Array.from({ length: MUTATIONS }, (_, i) => i);
    const failedIds: string[] = [];
    let next = 0;
    let answered = 0;
    let updates = 0;
    const created: string[] = [];
    const send = async (replica: Replica, query: string, variables: Record<string, unknown>) => {
      for (;;) {
        const target = replica === a && !aAlive ? b : replica;
        try {
          return await postGraphQL(target.url, query, variables, editor);
        } catch {
          // A is gone (killed mid-request): the same write goes to B. Creates are idempotent and an update that
          // changes nothing records nothing, so a write A committed before it died is not recorded twice.
          if (target === a) aAlive = false;
          else throw new Error("replica B failed");
        }
      }
    };
    const writer = async (replica: Replica) => {
      for (;;) {
        const i = next++;
        if (i >= plan.length) return;
        const id = `${prefix}-${i}`;
        let res;
        if (i % 100 === 50) {
          const bad = `${prefix}-bad-${i}`;
          failedIds.push(bad);
          res = await send(replica, CREATE_REL, {
            input: {
              id: bad,
              type: "COMPETES_WITH",
              from: `${prefix}-0`,
              to: `${prefix}-nobody`,
              citations: [CITE],
            },
          });
          expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        } else if (i % 5 === 4 && created.length > 0) {
          // An entity whose creation has been answered.
          res = await send(replica, UPDATE_ENTITY, {
            input: {
              id: created[created.length - 1 - (i % created.length)],
              description: `updated by ${i}`,
              citation: CITE,
            },
          });
          updates += 1;
        } else {
          res = await send(replica, CREATE_ENTITY, {
            input: { id, kind: "Company", name: `Replica ${i}`, citations: [CITE] },
          });
          if (!res.errors) created.push(id);
        }
        if (i % 100 !== 50) expect(res.errors).toBeUndefined();
        answered += 1;
        if (answered === KILL_AFTER) {
          a.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all([
      ...Array.from({ length: WRITERS_PER_REPLICA }, () => writer(a)),
      ...Array.from({ length: WRITERS_PER_REPLICA }, () => writer(b)),
    ]);
    expect(answered).toBe(MUTATIONS);
    expect(await a.exited).toBeNull(); // killed by a signal

    const log = await shared.db.gateway.readText(
      "MATCH (c:Change) WHERE c.seq > $start RETURN c.seq AS seq, c.itemId AS itemId, c.operation AS operation ORDER BY c.seq",
      { start: startSeq },
    );
    const expected = log.map((r) => Number(r.seq));
    // The log itself: no gaps, one creation per created id, nothing for the failed writes.
    expect(expected).toEqual(Array.from({ length: expected.length }, (_, k) => startSeq + 1 + k));
    const mine = log.filter((r) => String(r.itemId).startsWith(prefix));
    const creates = mine.filter((r) => r.operation === "CREATE").map((r) => String(r.itemId));
    expect(new Set(creates).size).toBe(creates.length);
    expect(creates.length).toBe(created.length);
    expect(created.length + updates + failedIds.length).toBe(MUTATIONS);
    expect(mine.filter((r) => failedIds.includes(String(r.itemId)))).toEqual([]);

    const last = expected.at(-1)!;
    await Promise.all(subscribers.map((s) => s.until(last)));
    for (const s of subscribers) {
      // Exactly once, in order, nothing missed: the same numbers as the log, across reconnections
      // (up to the log's last as read above: other test files' changes may follow it).
      expect(s.received.map((c) => c.seq).filter((seq) => seq <= last)).toEqual(expected);
      expect(s.received.filter((c) => failedIds.includes(c.itemId))).toEqual([]);
    }
    // A's subscribers lost their replica and went on from B with their last cursor.
    for (const s of subscribers.slice(0, SUBSCRIBERS_PER_REPLICA))
      expect(s.closes.length).toBeGreaterThanOrEqual(1);
    for (const s of subscribers.slice(SUBSCRIBERS_PER_REPLICA)) expect(s.closes).toEqual([]);
    await Promise.all(subscribers.map((s) => s.dispose()));
  }, 600000);
});

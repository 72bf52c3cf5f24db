import neo4j, { type Driver } from "neo4j-driver";
import type { GraphGateway, Params, Row } from "../src/graph/gateway";
import { isError } from "./measure";
import { runStatements } from "./sut-l1";
import type { RunningSut, SutId } from "./suts";
import { paramsAt, writeParams, type QueryClass } from "./workload";

export interface GateResult {
  readonly classId: string;
  readonly checked: number;
  /** "O vs L1: ..." lines; empty when every answer matched. */
  readonly mismatches: string[];
  /** SUT -> errors seen (status or GraphQL errors). */
  readonly errors: Partial<Record<SutId, number>>;
  /** Cypher statements per request: O from x-cypher-statements, N counted by the wrapped driver. */
  readonly statements: Partial<Record<SutId, number>>;
  readonly captured?: Array<{ text: string; params: Record<string, unknown> }>;
}

async function post(
  url: string,
  body: unknown,
  capture: boolean,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; statements: number }> {
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...headers,
      ...(capture ? { "x-bench-capture": "1" } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    statements: Number(res.headers.get("x-cypher-statements") ?? NaN),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const show = (x: unknown) => JSON.stringify(x).slice(0, 300);

/** Before any timing: every SUT answers the first `n` parameter sets of a class; answers are normalised and compared to O's. */
export async function gate(
  c: QueryClass,
  suts: RunningSut[],
  gateway: GraphGateway,
  n = 5,
): Promise<GateResult> {
  const mismatches: string[] = [];
  const errors: Partial<Record<SutId, number>> = {};
  const statements: Partial<Record<SutId, number>> = {};
  let captured: GateResult["captured"];
  const params = c.params.slice(0, n);
  for (const [i, given] of params.entries()) {
    const answers: Partial<Record<SutId, unknown>> = {};
    for (const sut of suts) {
      // A write creates a fresh id per SUT, so every SUT really creates.
      const p = c.write ? writeParams(`gate${sut.id.toLowerCase()}`, i) : given;
      const body = sut.body(c, p);
      try {
        if (sut.id === "L0") {
          answers.L0 = c.fromL(await runStatements(gateway, c, p));
          statements.L0 = c.statements(p).length;
          continue;
        }
        if (body === undefined) continue;
        const r = await post(
          sut.url!,
          body,
          sut.id === "N" && i === 0,
          c.write ? sut.headers : undefined,
        );
        if (isError(r.status, r.text)) {
          errors[sut.id] = (errors[sut.id] ?? 0) + 1;
          mismatches.push(`${sut.id} error on ${show(p)}: ${r.text.slice(0, 300)}`);
          continue;
        }
        const json = JSON.parse(r.text);
        if (sut.id === "N" && i === 0) captured = json.extensions?.cypher;
        if (!Number.isNaN(r.statements))
          statements[sut.id] = Math.max(statements[sut.id] ?? 0, r.statements);
        answers[sut.id] =
          sut.id === "L1"
            ? c.fromL(json.rows as Row[][])
            : sut.id === "O"
              ? c.fromO(json.data)
              : c.fromN!(json.data);
      } catch (error) {
        errors[sut.id] = (errors[sut.id] ?? 0) + 1;
        mismatches.push(`${sut.id} failed on ${show(p)}: ${String(error)}`);
      }
    }
    for (const other of ["L0", "L1", "N"] as const) {
      if (
        answers.O !== undefined &&
        answers[other] !== undefined &&
        !same(answers.O, answers[other])
      ) {
        mismatches.push(
          `O vs ${other} on ${show(given)}: O=${show(answers.O)} ${other}=${show(answers[other])}`,
        );
      }
    }
  }
  return { classId: c.id, checked: params.length, mismatches, errors, statements, captured };
}

/** Sum of dbHits over a PROFILE plan tree. */
function dbHits(plan: { dbHits?: number; children?: unknown[] }): number {
  return (
    (plan.dbHits ?? 0) +
    (plan.children ?? []).reduce<number>((s, ch) => s + dbHits(ch as typeof plan), 0)
  );
}

async function profile(
  driver: Driver,
  text: string,
  params: Params,
  write = false,
): Promise<number> {
  const session = driver.session({
    database: "neo4j",
    defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  try {
    const result = await session.run(`PROFILE\n${text}`, params, { timeout: 10000 });
    return result.summary.profile ? dbHits(result.summary.profile as never) : 0;
  } finally {
    await session.close();
  }
}

/** Restores neo4j Integers that went through JSON as {low, high}. */
function reviveInts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveInts);
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 2 && "low" in value && "high" in value) {
      const v = value as { low: number; high: number };
      return new neo4j.Integer(v.low, v.high);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reviveInts(v)]));
  }
  return value;
}

/** dbHits per request of our statements (O, L1, L0 run the same) and of N's captured ones, first parameter set. */
export async function dbHitsPerRequest(
  c: QueryClass,
  driver: Driver,
  gateway: GraphGateway,
  captured: GateResult["captured"],
): Promise<{ ours?: number; n?: number }> {
  const p = c.write ? writeParams("profile", 0) : paramsAt(c, 0);
  const prev: Row[][] = [];
  let ours: number | undefined = 0;
  try {
    for (const [name, given] of c.statements(p)) {
      const params = typeof given === "function" ? given(prev) : given;
      const prepared = gateway.prepare(name, params);
      ours += await profile(driver, prepared.text, prepared.params, c.write);
      if (!c.write) prev.push(await gateway.read(name, params));
    }
  } catch {
    ours = undefined; // timed out (10 s, as in our server): the plan's dbHits are not reported
  }
  let n: number | undefined;
  if (captured?.length) {
    try {
      n = 0;
      // N's captured write created its id already: PROFILE it again under a fresh id.
      const fresh = (v: unknown) =>
        c.write ? JSON.parse(JSON.stringify(v).replace(/w-gaten-0/g, "w-profilen-0")) : v;
      for (const s of captured)
        n += await profile(driver, s.text, reviveInts(fresh(s.params)) as Params, c.write);
    } catch {
      n = undefined;
    }
  }
  return { ours, n };
}

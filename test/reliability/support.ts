import { createHash } from "node:crypto";
import type { GraphGateway } from "../../src/graph/gateway";

/** Strings that would break a query built by concatenation; every string argument gets them. */
export const HOSTILE = [
  "' }) MATCH (n) DETACH DELETE n //",
  '" }) MATCH (n) DETACH DELETE n //',
  "`",
  "Person`) DETACH DELETE n//",
  "$x",
  "${id}",
  "\u0000",
  "\u202Eevil\u202C",
  "שלום",
  "😀👩‍👩‍👧",
  "\\",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "x".repeat(3000),
  "",
  " ",
];

/** A hash of every node and relationship whose id does not start with `test-` except those under `ownPrefix`. */
export async function fingerprint(gateway: GraphGateway, ownPrefix = "\u0000none"): Promise<string> {
  const keep = "(NOT coalesce(x.id, '') STARTS WITH 'test-' OR x.id STARTS WITH $own)";
  const [nodes] = await gateway.readText(
    `MATCH (x) WHERE ${keep} WITH x ORDER BY x.id RETURN collect([labels(x), properties(x)]) AS all`,
    { own: ownPrefix },
  );
  const [rels] = await gateway.readText(
    `MATCH (a)-[x]->(b) WHERE ${keep} WITH a, x, b ORDER BY x.id, a.id, b.id RETURN collect([type(x), a.id, b.id, properties(x)]) AS all`,
    { own: ownPrefix },
  );
  return createHash("sha256").update(JSON.stringify([nodes!.all, rels!.all])).digest("hex");
}

export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

/** `{ r0: field(a: $a_0 ...) {sel} r1: ... }` for a batch of argument maps; undefined values are left out. */
export function batchDocument(
  kind: "query" | "mutation",
  field: string,
  types: Record<string, string>,
  selection: string,
  batch: Array<Record<string, unknown>>,
) {
  const defs: string[] = [];
  const variables: Record<string, unknown> = {};
  const calls = batch.map((args, i) => {
    const given = Object.entries(args).filter(([, v]) => v !== undefined);
    for (const [name, value] of given) {
      defs.push(`$${name}_${i}: ${types[name]}`);
      variables[`${name}_${i}`] = value;
    }
    const list = given.map(([name]) => `${name}: $${name}_${i}`).join(", ");
    return `r${i}: ${field}${list ? `(${list})` : ""} ${selection}`;
  });
  return { query: `${kind}${defs.length ? `(${defs.join(", ")})` : ""} { ${calls.join(" ")} }`, variables };
}

/** The promise's value, or a rejection naming `what` when it has not settled within `ms` (the timer is cleared either way). */
export async function settleWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

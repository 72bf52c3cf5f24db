import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { GraphGateway } from "../../src/graph/gateway";
import { projectRoot } from "../../src/project-root";
import type { TestApi } from "../support/api";
import { CustomApi } from "../support/custom-api";

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

/**
 * A hash of every node and relationship whose id (a SUPPORTS: the id it cites) does not start with `test-` except
 * those under `ownPrefix`; the change log (`:Change` records and the `:ChangeLog` counter) is left out: it
 * records every write, tests' too.
 * Relationships without an id (the source's HAS_SECTION, HAS_SENTENCE, SUPPORTS) are ordered by their ends and
 * by what a SUPPORTS cites, so the order does not depend on storage.
 */
export async function fingerprint(
  gateway: GraphGateway,
  ownPrefix = "\u0000none",
): Promise<string> {
  // A SUPPORTS has no id: it belongs to the item it `cites`.
  const owner = "coalesce(x.id, x.cites, '')";
  const keep = `(NOT ${owner} STARTS WITH 'test-' OR ${owner} STARTS WITH $own)`;
  const [nodes] = await gateway.readText(
    `MATCH (x) WHERE ${keep} AND NOT x:Change AND NOT x:ChangeLog WITH x ORDER BY x.id RETURN collect([labels(x), properties(x)]) AS all`,
    { own: ownPrefix },
  );
  const [rels] = await gateway.readText(
    `MATCH (a)-[x]->(b) WHERE ${keep} WITH a, x, b ORDER BY x.id, a.id, b.id, type(x), x.cites, x.end, x.offset RETURN collect([type(x), a.id, b.id, properties(x)]) AS all`,
    { own: ownPrefix },
  );
  return createHash("sha256")
    .update(JSON.stringify([nodes!.all, rels!.all]))
    .digest("hex");
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
  return {
    query: `${kind}${defs.length ? `(${defs.join(", ")})` : ""} { ${calls.join(" ")} }`,
    variables,
  };
}

/**
 * A hub company with `degree` competitors, the competitors in a ring with chords (each partners the next
 * three), written straight into the test database under ids starting with `prefix`; then a server over
 * the same driver with the given transaction timeout. `removeHub` deletes it all again.
 */
export async function startWithHub(
  shared: TestApi,
  prefix: string,
  degree: number,
  timeoutMs: number,
): Promise<CustomApi> {
  await shared.db.driver.executeQuery(
    `CREATE (h:Entity:Company {id: $p + '-hub', kind: 'Company', name: $p + ' hub'})
     WITH h UNWIND range(0, $n - 1) AS i
     CREATE (h)-[:COMPETES_WITH {id: $p + '-h-' + i}]->(:Entity:Company {id: $p + '-n' + i, kind: 'Company', name: $p + ' ' + i})`,
    { n: degree, p: prefix },
  );
  await shared.db.driver.executeQuery(
    `UNWIND range(0, $n - 1) AS i UNWIND [1, 2, 3] AS k
     MATCH (a:Entity {id: $p + '-n' + i}), (b:Entity {id: $p + '-n' + ((i + k) % toInteger($n))})
     CREATE (a)-[:PARTNERS_WITH {id: $p + '-r-' + i + '-' + k}]->(b)`,
    { n: degree, p: prefix },
  );
  const [ring] = await shared.db.gateway.readText(
    "MATCH (a:Entity)-[r:PARTNERS_WITH]->() WHERE a.id STARTS WITH $p RETURN count(r) AS n",
    { p: prefix },
  );
  expect(ring!.n).toBe(degree * 3);
  const config = loadConfig();
  const gateway = new GraphGateway(shared.db.driver, shared.db.cypher, {
    database: config.neo4j.database,
    timeoutMs,
    app: prefix,
  });
  return CustomApi.start(gateway, { rateLimitMax: 0 });
}

export async function removeHub(shared: TestApi, prefix: string): Promise<void> {
  await shared.db.driver.executeQuery(
    "MATCH (x:Entity) WHERE x.id STARTS WITH $p DETACH DELETE x",
    { p: prefix },
  );
}

/**
 * Compiles the server (tsconfig.build.json) into node_modules/.cache/<name>, for tests that run it as a process of
 * its own; returns the directory, whose index.js starts it.
 */
export function buildServer(name: string): string {
  const root = projectRoot();
  const outDir = join(root, "node_modules", ".cache", name);
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules", "typescript", "bin", "tsc"),
      "-p",
      "tsconfig.build.json",
      "--outDir",
      outDir,
      "--tsBuildInfoFile",
      join(outDir, ".tsbuildinfo"),
    ],
    { cwd: root, stdio: "ignore" },
  );
  return outDir;
}

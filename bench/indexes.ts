import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { GraphQLSchema } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { entitiesConnectionStatement } from "../src/domain/entity.store";
import { eventsStatement } from "../src/domain/events.store";
import { nodesStatement } from "../src/domain/node.store";
import { CypherRegistry, type CypherName } from "../src/graph/cypher-registry";
import { createDriver } from "../src/graph/driver";
import { GraphGateway, type Params } from "../src/graph/gateway";
import { int } from "../src/graph/values";
import { projectRoot } from "../src/project-root";
import { buildApiSchemaSync } from "../src/schema/build-schema";
import { applySchema } from "../src/seed/load-seed";
import { loadSyntheticGraph } from "../src/synthetic/load-synthetic";
import { generateGraph } from "../src/synthetic/synthetic-graph.rules";
import { startThrowawayNeo4j, THROWAWAY_PASSWORD } from "../src/synthetic/throwaway-neo4j";
import { listArguments, rootInfos } from "../src/translate/root-info";
import type { GeneratedStatement, RootInfo } from "../src/translate/translate";
import { median, round } from "./measure";

const say = (line: string) => process.stderr.write(`[indexes] ${line}\n`);

/** A filter a client commonly sends, and the index of cypher/schema/ that could serve it. */
interface Probe {
  readonly title: string;
  /** The schema file creating the index under test (`CREATE ... INDEX <name> IF NOT EXISTS`). */
  readonly index: CypherName;
  /** The operation; `totalCount` in it makes the statement read every item kept, not only the first page. */
  readonly query: string;
  readonly root: (info: RootInfo) => GeneratedStatement;
  /** The root statement's own parameters (the translator adds the filter's). */
  readonly params: Params;
  /**
   * What runs without the index, when the statement cannot run without it (a full-text index is called by
   * name): the lookup as it was written before, with the same parameters.
   */
  readonly without?: (text: string) => string;
}

const entities = (info: RootInfo) => entitiesConnectionStatement(info, listArguments(info));
const events = (info: RootInfo) => eventsStatement(info, listArguments(info));

/** Each filter twice: the first page only (`first: 20`), and counted (`totalCount`: every item kept is read). */
function probes(name: string): Probe[] {
  const place = name.split(" ")[0]!;
  const nameText: CypherName = "schema/text-index-entity-name";
  const filters: Array<Omit<Probe, "query" | "params"> & { args: string }> = [
    {
      title: "an entity by exact name",
      index: nameText,
      root: entities,
      args: `where: { name: { eq: ${JSON.stringify(name)} } }`,
    },
    {
      title: "names starting with a word",
      index: nameText,
      root: entities,
      args: `where: { name: { startsWith: ${JSON.stringify(`${place} `)} } }`,
    },
    {
      title: "names containing a word",
      index: nameText,
      root: entities,
      args: `where: { name: { contains: "Bureau" } }`,
    },
    {
      title: "entities of a rare country",
      index: "schema/index-entity-country",
      root: entities,
      args: `where: { country: { eq: "SG" } }`,
    },
    {
      title: "entities of a rare kind",
      index: "schema/index-entity-kind",
      root: entities,
      args: `where: { kind: { eq: GovernmentBody } }`,
    },
    {
      title: "events since a month",
      index: "schema/index-event-date",
      root: events,
      args: `where: { date: { gte: "2007-03" } }`,
    },
    {
      title: "events of a kind",
      index: "schema/index-event-kind",
      root: events,
      args: `where: { kind: { eq: Acquisition } }`,
    },
  ];
  return filters.flatMap(({ args, ...probe }) => [
    {
      ...probe,
      query: `{ x: ${root(probe.root)}(${args}, first: 20) { edges { node { id } } } }`,
      params: { kind: null, first: int(20), after: null, withTotal: false },
    },
    {
      ...probe,
      title: `${probe.title}, counted`,
      query: `{ x: ${root(probe.root)}(${args}, first: 20) { totalCount edges { node { id } } } }`,
      params: { kind: null, first: int(20), after: null, withTotal: true },
    },
  ]);
}

/** A relationship found by id (`node(id)` looks for one when no entity or event has the id). */
const relationshipProbe = (id: string): Probe => ({
  title: "a relationship by id (`node`)",
  index: "schema/fulltext-relationship-ids",
  root: nodesStatement,
  query: `{ x: node(id: ${JSON.stringify(id)}) { id } }`,
  params: { ids: [id] },
  // A scan of every relationship, as get-nodes.cypher read them before the index.
  without: (text) =>
    text.replace(
      /CALL db\.index\.fulltext\.queryRelationships\([^\n]*\) YIELD relationship\n/,
      "MATCH ()-[relationship]->()\n",
    ),
});

/** The root field a probe's statement belongs to. */
const root = (f: Probe["root"]): string => (f === entities ? "entities" : "events");

interface Plan {
  operatorType: string;
  dbHits?: number;
  rows?: number;
  children?: Plan[];
}

const totalHits = (p: Plan): number =>
  (p.dbHits ?? 0) + (p.children ?? []).reduce((s, c) => s + totalHits(c), 0);

/** The operators that read the store: the plan's leaves (scans and seeks), without their `@neo4j` suffix. */
const leaves = (p: Plan): string[] =>
  p.children?.length
    ? p.children.flatMap(leaves)
    : [p.operatorType.replace(/@.*$/, "")].filter((op) => op !== "Argument");

interface Measured {
  dbHits: number;
  rows: number;
  leaves: string;
  ms: number;
}

async function measureProbe(driver: Driver, text: string, params: Params): Promise<Measured> {
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  try {
    const profiled = await session.run(`PROFILE\n${text}`, params);
    const plan = profiled.summary.profile as unknown as Plan;
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      await session.run(text, params);
      if (i >= 2) times.push(performance.now() - started);
    }
    return {
      dbHits: totalHits(plan),
      rows: profiled.records.length,
      leaves: [...new Set(leaves(plan))].join(", "),
      ms: round(median(times), 2),
    };
  } finally {
    await session.close();
  }
}

/** Drops one index by name (the schema files create them again). */
async function dropIndex(driver: Driver, name: string): Promise<void> {
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(`DROP INDEX ${name} IF EXISTS`);
  } finally {
    await session.close();
  }
}

/** The index a schema file creates: the name after `INDEX` (the files say `CREATE ... INDEX <name> IF NOT EXISTS`). */
function indexName(cypher: CypherRegistry, file: CypherName): string {
  const name = /INDEX\s+(\w+)\s+IF NOT EXISTS/i.exec(cypher.get(file))?.[1];
  if (!name) throw new Error(`${file} creates no named index`);
  return name;
}

/**
 * `npm run bench:indexes [-- --size 100000 --seed 42 --out indexes]`: whether each index of cypher/schema/ that
 * filters touch pays for itself. On a fresh synthetic graph it PROFILEs the translated statements of common
 * filters with the index, then without it, and writes bench/results/<out>.md: dbHits, rows, the operators that
 * read the store and the median time of five runs.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "100000" },
      seed: { type: "string", default: "42" },
      out: { type: "string", default: "indexes" },
    },
  });
  const relationshipCount = Number(values.size);
  const neo = await startThrowawayNeo4j(say, { heap: "2g", pageCache: "2g" });
  const driver = createDriver({ uri: neo.boltUri, user: "neo4j", password: THROWAWAY_PASSWORD });
  try {
    const cypher = CypherRegistry.load(join(projectRoot(), "cypher"));
    const gateway = new GraphGateway(driver, cypher, {
      database: "neo4j",
      timeoutMs: 300000,
      app: "iij-kg-bench-indexes",
    });
    await applySchema(gateway, cypher.namesUnder("schema/"));
    const graph = generateGraph({ relationships: relationshipCount, seed: Number(values.seed) });
    await loadSyntheticGraph(gateway, graph, say);
    await gateway.readText("CALL db.awaitIndexes(300)");
    await gateway.readText("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(n), count(r)");
    const company = graph.entities.find((e) => e.label === "Company" && e.id.endsWith("7"));
    if (!company) throw new Error("the synthetic graph has no company");
    const schema: GraphQLSchema = buildApiSchemaSync();
    const rows: string[] = [];
    const [supply] = await gateway.readText(
      "MATCH ()-[r:SUPPLIES]->() RETURN r.id AS id ORDER BY r.id SKIP 500 LIMIT 1",
    );
    const all = [...probes(String(company.props.name)), relationshipProbe(String(supply?.id))];
    for (const probe of all) {
      const [info] = rootInfos(schema, probe.query, {});
      const prepared = gateway.prepare(probe.root(info!), probe.params);
      const name = indexName(cypher, probe.index);
      const withIndex = await measureProbe(driver, prepared.text, prepared.params);
      const withoutText = probe.without?.(prepared.text);
      if (withoutText === prepared.text) throw new Error(`${probe.title}: no lookup to replace`);
      if (!withoutText) await dropIndex(driver, name);
      const without = await measureProbe(driver, withoutText ?? prepared.text, prepared.params);
      await applySchema(gateway, [probe.index]);
      if (without.rows !== withIndex.rows) throw new Error(`${probe.title}: answers differ`);
      say(`${probe.title}: dbHits ${without.dbHits} -> ${withIndex.dbHits} (${name})`);
      rows.push(
        `| ${probe.title} | \`${name}\` | ${without.dbHits} | ${withIndex.dbHits} | ${round(without.dbHits / Math.max(withIndex.dbHits, 1), 1)}x | ${without.leaves} | ${withIndex.leaves} | ${without.ms} | ${withIndex.ms} |`,
      );
    }
    const md = [
      `# Indexes for filters: PROFILE with and without each`,
      "",
      `Run ${new Date().toISOString()} by \`npm run bench:indexes -- --size ${relationshipCount} --seed ${values.seed}\`:`,
      `a throwaway Neo4j ${neo.version} (heap 2g, page cache 2g) holding the synthetic graph`,
      `(${graph.entities.length} entities, ${relationshipCount} relationships, ${graph.events.length} events).`,
      "Each statement is the translator's for the operation, first page of 20; dbHits summed over the PROFILE plan;",
      "ms is the median of five runs after two warm-ups (one client, no load). Without: the index dropped",
      "(for a lookup that calls the index by name: the lookup as a scan, as it was written before the index).",
      "",
      "| filter | index | dbHits without | dbHits with | ratio | reads without | reads with | ms without | ms with |",
      "|---|---|---|---|---|---|---|---|---|",
      ...rows,
      "",
    ].join("\n");
    const path = join(projectRoot(), "bench", "results", `${values.out}.md`);
    writeFileSync(path, md);
    say(`wrote ${path}`);
  } finally {
    await driver.close();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});

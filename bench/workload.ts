import type { GraphQLSchema } from "graphql";
import {
  entitiesConnectionStatement,
  entitiesStatement,
  entityStatement,
  searchStatement,
} from "../src/domain/entity.store";
import { relationshipsConnectionStatement } from "../src/domain/relationships.store";
import { RelationshipType } from "../src/schema/enums";

import type { Params, Row, Statement } from "../src/graph/gateway";
import { int } from "../src/graph/values";
import { luceneQuery } from "../src/domain/search.rules";
import { buildApiSchemaSync } from "../src/schema/build-schema";
import { listArguments, rootInfos } from "../src/translate/root-info";
import type { GeneratedStatement, RootInfo } from "../src/translate/translate";
import { mulberry32 } from "../src/synthetic/prng.rules";
import { companyId } from "../src/synthetic/synthetic-graph.rules";

/** One query class: how each system under test asks it, and how to compare the answers. */
export interface QueryClass {
  readonly id: string;
  readonly title: string;
  /** Seeded parameter sets; requests rotate through them. */
  readonly params: Params[];
  /** Our server's operation (O). */
  readonly graphql: (p: Params) => { query: string; variables: Params };
  /** The statements our server runs for it, in order (L0/L1); a later step may use earlier rows. */
  readonly statements: (p: Params) => Array<[Statement, Params | ((prev: Row[][]) => Params)]>;
  /** @neo4j/graphql's operation (N), or why it cannot express the class. */
  readonly neo4jGraphql:
    ((p: Params) => { query: string; variables: Params }) | { notExpressible: string };
  /** Canonical forms, equal when the systems return the same data. */
  readonly fromO: (data: any) => unknown;
  readonly fromL: (rows: Row[][]) => unknown;
  readonly fromN?: (data: any) => unknown;
  /** A write: every request gets a fresh client-supplied id (see `writeParams`), so each one creates. */
  readonly write?: boolean;
}

/** The n-th of a class's parameter sets, in rotation (every class has at least one). */
export function paramsAt(c: QueryClass, n: number): Params {
  const p = c.params[n % c.params.length];
  if (!p) throw new Error(`query class ${c.id} has no parameter sets`);
  return p;
}

/** The row of a statement that returns one row per root (the answer is read from it). */
function onlyRow(rows: Row[] | undefined): Row {
  const row = rows?.[0];
  if (!row) throw new Error("the statement returned no row");
  return row;
}

/** Parameters of the n-th write of a run: ids unique per SUT and run, so no write finds its id stored. */
export function writeParams(prefix: string, n: number): Params {
  return { id: `w-${prefix}-${n}`, name: `Bench Write ${prefix} ${n}` };
}

let schema: GraphQLSchema | undefined;
const translated = new Map<string, GeneratedStatement>();

/**
 * The statement our server's translator makes for the operation's root field, made once per operation and
 * variables (as the server keeps it per parsed document): L1 runs exactly what O runs, without GraphQL.
 */
function generated(
  op: { query: string; variables: Params },
  statement: (info: RootInfo) => GeneratedStatement,
): GeneratedStatement {
  const key = JSON.stringify(op);
  let made = translated.get(key);
  if (!made) {
    schema ??= buildApiSchemaSync();
    const [info] = rootInfos(schema, op.query, op.variables);
    translated.set(key, (made = statement(info!)));
  }
  return made;
}

/** The statements of the `entities` and `relationships` connections for an operation's filter and order. */
const entitiesRoot = (info: RootInfo) => entitiesConnectionStatement(info, listArguments(info));
const relationshipsRoot = (info: RootInfo) =>
  relationshipsConnectionStatement(info, listArguments(info));
const ALL_RELATIONSHIP_TYPES: readonly string[] = Object.values(RelationshipType);

/** The classes that are defined but not run, with the reason (shown in the report). */
export const NOT_RUN: Record<string, string> = {};

const WRITE_CITATION = {
  section: "Benchmark",
  quote: "Synthetic write issued by the benchmark.",
  url: "https://example.com/bench",
};

const sortIds = (xs: Array<{ id: string }>) => xs.map((x) => x.id).sort();
const NB_LIMIT = { 1: 25, 2: 100, 3: 100 } as const;

function neighborhood(id: string, depth: keyof typeof NB_LIMIT): QueryClass {
  const limit = NB_LIMIT[depth];
  return {
    id,
    title: `neighborhood depth ${depth} (limit ${limit})`,
    params: [],
    graphql: (p) => ({
      query: `query Nb($id: ID!, $depth: Int!, $limit: Int!) { neighborhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { id label kind } edges { id source target type } } }`,
      variables: { id: p.id, depth, limit },
    }),
    statements: (p) => [
      [
        "queries/expand-neighborhood",
        { id: p.id, depth, types: null, direction: "BOTH", asOf: null, limit: int(limit + 1) },
      ],
    ],
    neo4jGraphql: {
      notExpressible:
        "no generic variable-depth traversal over all relationship types without @cypher",
    },
    fromO: (d) => ({
      nodes: sortIds(d.neighborhood.nodes).slice(0, limit + 1),
      edges: sortIds(d.neighborhood.edges).length,
    }),
    fromL: ([rows]) => {
      const nodes = (onlyRow(rows).nodes as Array<{ id: string }>).slice(0, limit + 1);
      const kept = new Set(nodes.map((n) => n.id));
      const edges = new Set(
        (onlyRow(rows).edges as Array<{ id: string; source: string; target: string }>)
          .filter((e) => kept.has(e.source) && kept.has(e.target))
          .map((e) => e.id),
      );
      return { nodes: sortIds(nodes), edges: edges.size };
    },
  };
}

/** The workload over a synthetic graph of `companies` companies, seeded. */
export function workload(companies: number, seed = 7, size = 50): QueryClass[] {
  const random = mulberry32(seed);
  const ids = () => Array.from({ length: size }, () => ({ id: companyId(random.int(companies)) }));
  const pairs = () =>
    Array.from({ length: size }, () => ({
      from: companyId(random.int(companies)),
      to: companyId(random.int(companies)),
    }));
  const words = [
    "kanto net",
    "cloud",
    "kyushu fiber",
    "signal systems",
    "tohoku",
    "wave networks",
    "core 1",
    "grid",
  ];

  const q1 = (p: Params) => ({
    query: `query E($id: ID!) { entity(id: $id) { id name kind ... on Company { shortName } } }`,
    variables: p,
  });
  const q6 = () => ({
    query: `query Nested { entities(kind: Company, first: 20) { edges { node { id name owners { owner { id name } percentage } competitors { competitor { id name } } } } } }`,
    variables: {},
  });
  const q7 = (p: Params) => ({
    query: `mutation W($input: CreateEntityInput!) { createEntity(input: $input) { created entity { id name } } }`,
    variables: {
      input: { id: p.id, kind: "Company", name: p.name, citations: [WRITE_CITATION] },
    },
  });
  const q8 = (p: Params) => ({
    query: `query S($text: String!) { search(text: $text, first: 10) { score entity { id name } } }`,
    variables: p,
  });
  const q11 = (p: Params) => ({
    query: `query L($id: ID!) { entity(id: $id) { id competitors(first: 10) { competitor { id name } } } }`,
    variables: p,
  });

  const q12 = () => ({
    query: `query Filtered { entities(kind: Company, first: 20, where: { holdings: { some: { percentage: { gte: 50 } } } }) { edges { node { id name } } } }`,
    variables: {},
  });
  const q13 = () => ({
    query: `query SortedByAggregate { entities(kind: Company, first: 20, orderBy: [{ holdings: { count: DESC } }]) { edges { node { id name } } } }`,
    variables: {},
  });
  const q14 = (p: Params) => ({
    query: `query Grouped($id: ID!) { relationships(from: $id) { aggregate { groupBy(by: [TYPE]) { key { type } count } } } }`,
    variables: p,
  });
  const page = { kind: "Company", first: int(20), after: null, withTotal: false };
  const nodeIds = (rows: Row[] | undefined) =>
    (onlyRow(rows).page as Array<{ id: string }>).slice(0, 20).map((e) => e.id);

  const classes: QueryClass[] = [
    {
      id: "Q1",
      title: "entity by id",
      params: ids(),
      graphql: q1,
      statements: (p) => [[generated(q1(p), (i) => entityStatement(i)), { id: p.id }]],
      neo4jGraphql: (p) => ({
        query: `query E($id: ID!) { entities(where: { id: { eq: $id } }) { id name kind shortName } }`,
        variables: p,
      }),
      fromO: (d) => ({ id: d.entity.id, name: d.entity.name, shortName: d.entity.shortName }),
      fromL: ([rows]) => {
        const { id, name, shortName } = onlyRow(rows).entity as Row;
        return { id, name, shortName };
      },
      fromN: (d) => ({
        id: d.entities[0].id,
        name: d.entities[0].name,
        shortName: d.entities[0].shortName,
      }),
    },
    { ...neighborhood("Q2", 1), params: ids() },
    { ...neighborhood("Q3", 2), params: ids() },
    { ...neighborhood("Q4", 3), params: ids() },
    {
      id: "Q5",
      title: "shortest path (max 4 hops)",
      params: pairs(),
      graphql: (p) => ({
        query: `query SP($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 4) { length nodes { id } relationships { id } } }`,
        variables: p,
      }),
      statements: (p) => [
        ["queries/find-shortest-path", { from: p.from, to: p.to, types: null, maxDepth: 4 }],
      ],
      neo4jGraphql: { notExpressible: "no shortestPath without a hand-written @cypher field" },
      fromO: (d) => d.shortestPath?.length ?? null,
      fromL: ([rows]) => (onlyRow(rows).path as { edges: unknown[] } | null)?.edges.length ?? null,
    },
    {
      id: "Q6",
      title: "20 companies, nested owners and competitors",
      params: [{ kind: "Company" }],
      graphql: q6,
      statements: () => [
        [
          generated(q6(), entitiesStatement),
          { kind: "Company", first: int(20), after: null, withTotal: false },
        ],
      ],
      neo4jGraphql: () => ({
        query: `query Nested { entities(where: { kind: { eq: "Company" } }, sort: [{ id: ASC }], limit: 20) { id name ownersConnection { edges { properties { percentage } node { id name } } } competitors(sort: [{ name: ASC }], limit: 20) { id name } } }`,
        variables: {},
      }),
      fromO: (d) =>
        (d.entities.edges as Array<{ node: any }>).map(({ node }) => ({
          id: node.id,
          owners: node.owners.map((o: any) => `${o.owner.id}:${o.percentage}`).sort(),
          competitors: node.competitors.map((c: any) => c.competitor.id).sort(),
        })),
      fromL: ([list]) =>
        (onlyRow(list).page as any[]).slice(0, 20).map((e) => ({
          id: e.id,
          owners: e.owners.map((o: any) => `${o.owner.id}:${o.percentage}`).sort(),
          competitors: e.competitors.map((c: any) => c.competitor.id).sort(),
        })),
      fromN: (d) =>
        (d.entities as any[]).map((e) => ({
          id: e.id,
          owners: e.ownersConnection.edges
            .map((x: any) => `${x.node.id}:${x.properties.percentage}`)
            .sort(),
          competitors: e.competitors.map((c: any) => c.id).sort(),
        })),
    },
    {
      id: "Q7",
      title: "write: create an entity with a client id",
      params: [writeParams("gate", 0)],
      write: true,
      graphql: q7,
      statements: (p) => [
        ["mutations/find-items", { ids: [p.id], withRelationships: true }],
        [
          "mutations/create-entity",
          {
            id: p.id,
            label: "Company",
            props: {
              id: p.id,
              kind: "Company",
              name: p.name,
              aliases: [],
              aliasText: "",
              citeSection: [WRITE_CITATION.section],
              citeQuote: [WRITE_CITATION.quote],
              citeOffset: [-1],
              citeUrl: [WRITE_CITATION.url],
              createdAt: new Date().toISOString(),
              createdBy: "bench",
              updatedAt: new Date().toISOString(),
              updatedBy: "bench",
            },
          },
        ],
        // The answer, read inside the write's transaction as the mutation store does.
        [
          generated(q7(writeParams("gate", 0)), (i) => entityStatement(i, ["entity"])),
          { id: p.id },
        ],
      ],
      neo4jGraphql: (p) => ({
        query: `mutation W($id: ID!, $name: String!) { createEntities(input: [{ id: $id, name: $name, kind: "Company" }]) { entities { id name } } }`,
        variables: p,
      }),
      fromO: (d) => ({
        id: d.createEntity.entity.id.replace(/^w-[a-z0-9]+-/, ""),
        created: d.createEntity.created,
      }),
      fromL: ([, created]) => ({
        id: ((onlyRow(created).entity as Row).id as string).replace(/^w-[a-z0-9]+-/, ""),
        created: true,
      }),
      fromN: (d) => ({
        id: d.createEntities.entities[0].id.replace(/^w-[a-z0-9]+-/, ""),
        created: true,
      }),
    },
    {
      id: "Q8",
      title: "full-text search (first 10)",
      params: words.map((text) => ({ text })),
      graphql: q8,
      statements: (p) => [
        [
          generated(q8(p), searchStatement),
          { query: luceneQuery(p.text as string), first: int(10) },
        ],
      ],
      neo4jGraphql: {
        notExpressible:
          "@fulltext takes a raw Lucene phrase; our prefix/boost query and ordering differ",
      },
      fromO: (d) => d.search.map((h: any) => h.entity.id),
      fromL: ([rows]) => rows!.map((r) => (r.entity as Row).id),
    },
    {
      id: "Q9",
      title: "ownership chain up (max 4)",
      params: ids(),
      graphql: (p) => ({
        query: `query Up($id: ID!) { ownershipChain(id: $id, direction: UP, maxDepth: 4) { length stakes nodes { id } } }`,
        variables: p,
      }),
      statements: (p) => [["queries/ownership-chain-up", { id: p.id, maxDepth: 4, asOf: null }]],
      neo4jGraphql: { notExpressible: "no variable-length paths without @cypher" },
      fromO: (d) =>
        d.ownershipChain.map((x: any) => x.nodes.map((n: any) => n.id).join(">")).sort(),
      fromL: ([rows]) =>
        (onlyRow(rows).paths as any[]).map((x) => x.nodes.map((n: any) => n.id).join(">")).sort(),
    },
    {
      id: "Q10",
      title: "__typename (framework floor)",
      params: [{}],
      graphql: () => ({ query: `{ __typename }`, variables: {} }),
      statements: () => [],
      neo4jGraphql: () => ({ query: `{ __typename }`, variables: {} }),
      fromO: (d) => d.__typename,
      fromL: () => "Query",
      fromN: (d) => d.__typename,
    },
    {
      id: "Q11",
      title: "1-hop list: a company's competitors (first 10)",
      params: ids(),
      graphql: q11,
      statements: (p) => [[generated(q11(p), (i) => entityStatement(i)), { id: p.id }]],
      neo4jGraphql: (p) => ({
        query: `query L($id: ID!) { entities(where: { id: { eq: $id } }) { id competitors(sort: [{ name: ASC }, { id: ASC }], limit: 10) { id name } } }`,
        variables: p,
      }),
      // Both order by name, then ours by relationship id and N's by entity id: compare the names, in order.
      fromO: (d) => d.entity.competitors.map((c: any) => c.competitor.name),
      fromL: ([rows]) =>
        (
          (onlyRow(rows).entity as { competitors: Array<{ competitor: Row }> }).competitors ?? []
        ).map((c) => c.competitor.name),
      fromN: (d) => d.entities[0].competitors.map((c: any) => c.name),
    },
    {
      id: "Q12",
      title: "filtered list: 20 companies holding a stake of at least 50%",
      params: [{}],
      graphql: q12,
      statements: () => [[generated(q12(), entitiesRoot), page]],
      neo4jGraphql: () => ({
        query: `query Filtered { entities(where: { kind: { eq: "Company" }, holdingsConnection: { some: { edge: { percentage: { gte: 50 } } } } }, sort: [{ id: ASC }], limit: 20) { id name } }`,
        variables: {},
      }),
      fromO: (d) => d.entities.edges.map((e: any) => e.node.id),
      fromL: ([rows]) => nodeIds(rows),
      fromN: (d) => d.entities.map((e: any) => e.id),
    },
    {
      id: "Q13",
      title: "sort by an aggregate: 20 companies with the most holdings",
      params: [{}],
      graphql: q13,
      statements: () => [[generated(q13(), entitiesRoot), page]],
      neo4jGraphql: { notExpressible: "no sort by an aggregate (neo4j/graphql#1156)" },
      fromO: (d) => d.entities.edges.map((e: any) => e.node.id),
      fromL: ([rows]) => nodeIds(rows),
    },
    {
      id: "Q14",
      title: "group-by: an entity's relationships counted by type",
      params: ids(),
      graphql: q14,
      statements: (p) => [
        [
          generated(q14(p), relationshipsRoot),
          {
            types: ALL_RELATIONSHIP_TYPES,
            from: p.id,
            to: null,
            asOf: null,
            first: int(20),
            after: null,
            withTotal: false,
          },
        ],
      ],
      neo4jGraphql: { notExpressible: "no group-by (neo4j/graphql#7375)" },
      fromO: (d) => d.relationships.aggregate.groupBy,
      fromL: ([rows]) =>
        (
          onlyRow(rows).aggregate as { groupBy: Array<{ key: { type: string }; count: number }> }
        ).groupBy.map((g) => ({ key: { type: g.key.type }, count: g.count })),
    },
  ];
  return classes;
}

import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { LIST_PLAN, NESTED_PLAN } from "../../bench/workload";
import { buildApiSchema } from "../../src/schema/build-schema";
import { RelationshipType } from "../../src/schema/enums";
import {
  nodesAt,
  planFor,
  planSelection,
  type SelectionWalk,
} from "../../src/resolvers/selection-plan";

/** The plan our `entities`/`entity` resolvers would compute for a document (root field first). */
function plan(
  schema: GraphQLSchema,
  document: string,
  path: string[],
  variableValues: Record<string, unknown> = {},
) {
  const doc = parse(document);
  const op = doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const walk: SelectionWalk = { schema, fragments, variableValues };
  const root = op.selectionSet.selections[0] as FieldNode;
  return planSelection(nodesAt([root], path, walk), walk);
}

const BASE = ["id", "kind", "name"];
const ALL_TYPES = Object.values(RelationshipType);
const CITE = ["citeOffset", "citeQuote", "citeSection", "citeUrl"];
const q = (
  types: string[],
  direction: string,
  first: number,
  more: Record<string, unknown> = {},
) => ({
  types,
  direction,
  asOf: null,
  segment: null,
  first,
  relKeys: [],
  otherKeys: BASE,
  ...more,
});

describe("selection plan (what a root query reads along)", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it("plans the bench's nested query exactly as the bench's L0/L1 statement reads it", () => {
    const p = plan(
      schema,
      `{ entities(kind: Company, first: 20) { edges { node { id name owners { owner { id name } percentage } competitors { competitor { id name } } } } } }`,
      ["edges", "node"],
    );
    expect(p).toEqual({ keys: ["id", "kind", "name"], plan: NESTED_PLAN });
  });

  it("plans the bench's 1-hop list exactly as the bench's L0/L1 statement reads it", () => {
    const p = plan(
      schema,
      `{ entity(id: "c-1") { id competitors(first: 10) { competitor { id name } } } }`,
      [],
    );
    expect(p).toEqual({ keys: ["id", "kind", "name"], plan: LIST_PLAN });
  });

  it("nests far ends, reads the properties each level's selection shows, and stops at three levels", () => {
    const p = plan(
      schema,
      `{ entity(id: "iij") { citations { quote } owners(asOf: "2007-03") { percentage owner { description ... on Company { shortName } owners { citations { quote } owner { holdings { owned { citations { quote } officers { person { id } } } } } } } } } }`,
      [],
    );
    expect(p.keys).toEqual([...CITE, ...BASE].sort());
    expect(p.plan).toEqual([
      {
        query: q(["OWNS"], "IN", 20, {
          asOf: "2007-03",
          relKeys: ["percentage"],
          otherKeys: ["description", ...BASE, "shortName"],
        }),
        children: [
          {
            query: q(["OWNS"], "IN", 20, { relKeys: CITE }),
            children: [
              {
                query: q(["OWNS"], "OUT", 20, { otherKeys: [...CITE, ...BASE].sort() }),
                children: [],
              },
            ],
          },
        ],
      },
    ]);
  });

  it("reads every property when a selected field needs them all", () => {
    const p = plan(
      schema,
      `{ entity(id: "iij") { relationships { label owner: source } owners { owner { id } consolidation } } }`,
      [],
    );
    expect(p.plan).toEqual([
      { query: q(ALL_TYPES, "BOTH", 20, { relKeys: null }), children: [] },
      { query: q(["OWNS"], "IN", 20, { relKeys: ["consolidation"] }), children: [] },
    ]);
  });

  it("follows fragments and variables, merges equal reads, honours @skip/@include, and skips invalid arguments", () => {
    const p = plan(
      schema,
      `query($n: Int!, $no: Boolean!) { entity(id: "iij") {
        ...F
        ... on Company { owners(first: $n) { owner { id } } again: owners(first: $n) { percentage } suppliers(first: 500) { costShare } }
        holdings @skip(if: true) { percentage }
        customers @include(if: $no) { costShare }
        riskFactors(first: 2) { concerns { id } competitors(segment: NETWORK_SERVICES) { competitor { id } } }
        relationships(types: [OWNS, SUPPLIES], direction: OUT) { id }
      } }
      fragment F on Entity { owners(first: 5) { owner { id } } }`,
      [],
      { n: 5, no: false },
    );
    expect(p.plan).toEqual([
      { query: q(["OWNS"], "IN", 5), children: [] },
      { query: q(["OWNS"], "IN", 5, { relKeys: ["percentage"] }), children: [] },
      {
        query: q(["CONCERNS"], "IN", 2),
        children: [
          {
            query: q(["COMPETES_WITH"], "BOTH", 20, { segment: "NETWORK_SERVICES" }),
            children: [],
          },
        ],
      },
      { query: q(["OWNS", "SUPPLIES"], "OUT", 20), children: [] },
    ]);
  });

  it("plans a repeated document once per variables, and anew when the variables change the selection", () => {
    const doc = parse(
      `query Q($more: Boolean!) { entity(id: "iij") { id owners @include(if: $more) { owner { id } } } }`,
    );
    const op = doc.definitions[0] as OperationDefinitionNode;
    const info = (variableValues: Record<string, unknown>) =>
      ({
        schema,
        fragments: {},
        variableValues,
        fieldNodes: [op.selectionSet.selections[0] as FieldNode],
      }) as unknown as GraphQLResolveInfo;
    const withOwners = planFor(info({ more: true }));
    expect(withOwners.plan).toHaveLength(1);
    expect(planFor(info({ more: true }))).toBe(withOwners);
    expect(planFor(info({ more: false })).plan).toEqual([]);
    expect(planFor(info({ more: true }))).toBe(withOwners);
  });
});

import type { GraphQLSchema } from "graphql";
import { compactCypher } from "../../src/graph/cypher-registry";
import { buildApiSchema } from "../../src/schema/build-schema";
import { rootInfos } from "../../src/translate/root-info";
import { ROOT_STATEMENTS } from "../support/root-statements";

/**
 * The translator's output for each shape of selection, without a database: the RETURN clause it appends to the
 * root statement and its parameters (snapshots in __snapshots__/, reviewed like code), plus the properties every
 * translation keeps. cypher-explain.int.test.ts plans the example operations' statements on Neo4j.
 */
describe("translator", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  const translated = (query: string, variables: Record<string, unknown> = {}) => {
    const [info] = rootInfos(schema, query, variables);
    const statement = ROOT_STATEMENTS[info!.fieldName]!(info!);
    return { name: statement.name, returns: statement.returns, params: statement.params };
  };

  const shapes: Array<[string, string, Record<string, unknown>?]> = [
    ["plain fields", `{ entity(id: "iij") { id name kind aliases description } }`],
    [
      "kind-specific fields",
      `{ entity(id: "iij") { name ... on Company { legalName country status } ... on FinancialFigure { amount { amount currency usd } } } }`,
    ],
    ["citations", `{ entity(id: "iij") { citations { section quote offset url } } }`],
    [
      "a relationship field with its far end",
      `{ entity(id: "iij") { owners { percentage since owner { id name } } } }`,
    ],
    [
      "two hops, with arguments as variables",
      `query($asOf: String, $n: Int!) { entity(id: "iij") { owners(asOf: $asOf, first: $n) { owner { holdings(first: 5) { owned { id } percentage } } } } }`,
      { asOf: "2007-03", n: 3 },
    ],
    [
      "three hops under a connection",
      `{ entities(first: 5) { totalCount edges { cursor node { id owners { owner { owners { owner { owners { owner { id } } } } } } } } } }`,
    ],
    [
      "aliases with different arguments",
      `{ entity(id: "iij") { top: owners(first: 1) { owner { id } } owners { owner { name } } } }`,
    ],
    [
      "one alias asked differently of different kinds",
      `{ entity(id: "iij") { ... on Company { x: owners(first: 1) { owner { id } } } ... on Person { x: owners(first: 2) { owner { id } } } } }`,
    ],
    ["a field only one kind has", `{ riskFactors { name concerns { id name } } }`],
    [
      "@skip and @include",
      `query($on: Boolean!) { entity(id: "iij") { id holdings @include(if: $on) { owned { id } } owners @skip(if: $on) { owner { id } } } }`,
      { on: true },
    ],
    [
      "fragment spreads",
      `{ search(text: "NTT") { score entity { ...Who } } } fragment Who on Entity { id name competitors(segment: SYSTEMS_INTEGRATION) { competitor { ...Name } segments } } fragment Name on Entity { name }`,
    ],
    [
      "relationships of several types and a direction",
      `{ entity(id: "iij") { relationships(types: [OWNS, SUPPLIES], direction: OUT, asOf: "2007") { id type source target label properties citations { quote } } } }`,
    ],
    [
      "events with participants and money",
      `{ entity(id: "iij") { events(kinds: [Investment], first: 3) { id name date role amount { amount currency usd rate { yenPerUsd } } participants { role entity { id } } } } }`,
    ],
    [
      "the relationships connection",
      `{ relationships(types: [OWNS], first: 3) { edges { node { id source target since } } pageInfo { hasNextPage } } }`,
    ],
    [
      "a whole relationship field at the root",
      `{ suppliers(id: "iij") { supplier { id } customer { id } costShare what } }`,
    ],
    [
      "competitors at the root, by segment",
      `{ competitors(id: "iij", segment: SYSTEMS_INTEGRATION) { competitor { id name } segments } }`,
    ],
    [
      "the corporate group",
      `{ corporateGroup(id: "iij") { root { id } members { entity { id officers { person { name } role } } parentId depth percentage effectivePercentage citations { quote } } } }`,
    ],
    [
      "the timeline",
      `{ timeline(first: 5) { id kind participants { role entity { id holdings { owned { id } } } } } }`,
    ],
    [
      "what a create returns",
      `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created entity { id name owners { owner { id } } } } }`,
      {
        input: {
          id: "x-co",
          kind: "Company",
          name: "X",
          citations: [{ section: "s", quote: "q", url: "https://example.com" }],
        },
      },
    ],
  ];

  it.each(shapes)("translates %s", (_name, query, variables = {}) => {
    expect(translated(query, variables)).toMatchSnapshot();
  });

  it("puts every value of the operation in a parameter, never in the text", () => {
    const { returns, params } = translated(
      `query($asOf: String) { entity(id: "iij") { owners(asOf: $asOf, first: 7) { owner { competitors(segment: SYSTEMS_INTEGRATION, first: 9) { competitor { id } } } } } }`,
      { asOf: "1999-12" },
    );
    expect(returns).not.toMatch(/1999|SYSTEMS_INTEGRATION|\b7\b|\b9\b/);
    expect(Object.values(params).map(String)).toEqual(
      expect.arrayContaining(["1999-12", "SYSTEMS_INTEGRATION", "7", "9"]),
    );
  });

  it("makes a translation once per operation and variables", () => {
    const [a] = rootInfos(
      schema,
      `query($n: Int!) { entity(id: "iij") { owners(first: $n) { owner { id } } } }`,
      { n: 2 },
    );
    const first = ROOT_STATEMENTS.entity!(a!);
    expect(ROOT_STATEMENTS.entity!(a!)).toBe(first);
    const again = { ...a!, variableValues: { n: 3 } };
    expect(ROOT_STATEMENTS.entity!(again)).not.toBe(first);
    expect(ROOT_STATEMENTS.entity!(again).returns).toBe(first.returns);
  });

  it("refuses nested arguments out of their bounds, naming the path", () => {
    expect(() =>
      translated(
        `{ entities { edges { node { owners { owner { holdings(first: 101) { owned { id } } } } } } } }`,
      ),
    ).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: "BAD_USER_INPUT",
          field: "entities.edges.node.owners.owner.holdings.first",
        }),
      }),
    );
    expect(() =>
      translated(`{ entity(id: "iij") { owners(asOf: "March 2007") { owner { id } } } }`),
    ).toThrow(/entity\.owners\.asOf/);
  });

  it("writes clauses the registry would send as they are", () => {
    const { returns } = translated(`{ entity(id: "iij") { owners { owner { id } } } }`);
    expect(compactCypher(returns)).toBe(returns);
  });
});

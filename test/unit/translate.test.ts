import type { GraphQLSchema } from "graphql";
import { compactCypher } from "../../src/graph/cypher-registry";
import { buildApiSchema } from "../../src/schema/build-schema";
import { rootInfos } from "../../src/translate/root-info";
import { ROOT_STATEMENTS } from "../support/root-statements";
import { SHAPES as shapes } from "../support/translation-shapes";

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

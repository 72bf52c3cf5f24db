import { parse, validate, type GraphQLSchema } from "graphql";
import { buildApiSchema } from "../../src/schema/build-schema";
import { relationshipHopsRule } from "../../src/schema/relationship-hops.rule";

describe("relationship hops rule", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });
  const errors = (query: string, max = 3) =>
    validate(schema, parse(query, { maxTokens: 1e6 }), [relationshipHopsRule(max)]).map(
      (e) => e.message,
    );

  const chain = (hops: number) => {
    let q = "id";
    for (let i = 0; i < hops; i++) q = `holdings { owned { ${q} } }`;
    return q;
  };

  it("counts relationship fields, not a connection's edges and node or a far end", () => {
    expect(errors(`{ entities { edges { node { ${chain(3)} } } } }`)).toEqual([]);
    expect(errors(`{ entities { edges { node { ${chain(4)} } } } }`)).toEqual([
      expect.stringMatching(/^Relationship hop limit of 3 exceeded/),
    ]);
    expect(errors(`{ entity(id: "iij") { ${chain(1)} } }`, 0)).toHaveLength(1);
    expect(errors(`{ entity(id: "iij") { id citations { quote } aliases } }`, 0)).toEqual([]);
  });

  it("counts events, participants, relationships and a risk factor's concerns as hops", () => {
    expect(
      errors(
        `{ timeline { participants { entity { events { participants { entity { id } } } } } } }`,
      ),
    ).toEqual([]);
    expect(
      errors(
        `{ timeline { participants { entity { events { participants { entity { relationships { id } } } } } } } }`,
      ),
    ).toHaveLength(1);
    expect(errors(`{ riskFactors { concerns { owners { owner { id } } } } }`, 1)).toHaveLength(1);
  });

  it("follows inline fragments and fragment spreads, at the root too", () => {
    const spread = `{ ...Q } fragment Q on Query { entity(id: "iij") { ... on Company { ...H } } }
      fragment H on Entity { ${chain(2)} }`;
    expect(errors(spread, 2)).toEqual([]);
    expect(errors(spread, 1)).toHaveLength(1);
  });

  it("works out each fragment once: a fan-out of 2^30 spreads is answered", () => {
    const fragments = ["fragment F0 on Entity { id holdings { owned { id } } }"];
    for (let i = 1; i <= 30; i++)
      fragments.push(`fragment F${i} on Entity { ...F${i - 1} ...F${i - 1} }`);
    expect(errors(`{ entity(id: "iij") { ...F30 } } ${fragments.join(" ")}`)).toEqual([]);
  });

  it("meets deep nesting without hops without overflowing the stack", () => {
    let q = "name";
    for (let i = 0; i < 1000; i++) q = `ofType { ${q} }`;
    expect(errors(`{ __schema { types { ${q} } } }`)).toEqual([]);
  });
});

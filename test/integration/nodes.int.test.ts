import { TestApi } from "../support/api";

const CITE = { section: "Item 4.B", quote: "NTT Communications purchased shares of our company" };

describe("global ids: Node, node(id) and nodes(ids)", () => {
  let api: TestApi;
  const prefix = `test-nodes-${Math.random().toString(36).slice(2, 8)}`;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.db.driver.executeQuery("MATCH (x) WHERE x.id STARTS WITH $prefix DETACH DELETE x", {
      prefix,
    });
    await api.stop();
  });

  it("gives every entity, event, relationship and exchange rate an id no other has", async () => {
    const { records } = await api.db.driver.executeQuery(
      `CALL () {
         MATCH (n) WHERE n:Entity OR n:Event OR n:ExchangeRate RETURN n.id AS id
         UNION ALL
         MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id
       }
       WITH id, count(*) AS holders WHERE holders > 1
       RETURN collect(id) AS shared`,
    );
    expect(records[0]!.get("shared")).toEqual([]);
    const { records: counted } = await api.db.driver.executeQuery(
      "MATCH (n) WHERE n:Entity OR n:Event OR n:ExchangeRate RETURN count(n) AS n",
    );
    expect(Number(counted[0]!.get("n"))).toBeGreaterThan(50);
  });

  it("finds each kind of node by id, in the order asked, with null for an unknown id; one statement when all are found", async () => {
    const { records } = await api.db.driver.executeQuery(
      `MATCH (e:Event) WITH e ORDER BY e.id LIMIT 1
       MATCH ()-[r:OWNS]->() WITH e, r ORDER BY r.id LIMIT 1
       RETURN e.id AS event, r.id AS relationship`,
    );
    const event = records[0]!.get("event") as string;
    const relationship = records[0]!.get("relationship") as string;
    const res = await api.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) {
          __typename id
          ... on Company { name owners { owner { id } } }
          ... on Event { kind participants { entity { id } } }
          ... on Relationship { type source target }
      } }`,
      { ids: ["iij", event, relationship, "no-such-id"] },
    );
    expect(res.errors).toBeUndefined();
    const [iij, ev, rel, none] = res.data!.nodes;
    expect(iij).toMatchObject({ __typename: "Company", id: "iij", name: expect.any(String) });
    expect(iij.owners.length).toBeGreaterThan(0);
    expect(ev).toMatchObject({ __typename: "Event", id: event, kind: expect.any(String) });
    expect(rel).toMatchObject({ __typename: "Relationship", id: relationship, type: "OWNS" });
    expect(none).toBeNull();
    // Entities, events, relationships and exchange rates are looked for in one statement, found or not.
    expect(res.headers.get("x-cypher-statements")).toBe("1");
    const found = await api.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: ["iij", event, relationship],
    });
    expect(found.data!.nodes.map((n: { id: string }) => n.id)).toEqual([
      "iij",
      event,
      relationship,
    ]);
    expect(found.headers.get("x-cypher-statements")).toBe("1");
  });

  it("finds an exchange rate, and answers null for an id nothing has", async () => {
    const res = await api.gql(
      `{ rate: node(id: "rate-convenience") { __typename id ... on ExchangeRate { rate kind } } none: node(id: "nothing-here") { id } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.rate).toMatchObject({ __typename: "ExchangeRate", id: "rate-convenience" });
    expect(res.data!.rate.rate).toBeGreaterThan(100);
    expect(res.data!.none).toBeNull();
  });

  it("reads a rate by id as the exchangeRates table does, in one statement", async () => {
    const fields =
      "id kind period start end rate high low average periodEnd citations { section quote offset }";
    const table = await api.gql(`{ exchangeRates { ${fields} } }`);
    const rates = table.data!.exchangeRates as Array<{ id: string }>;
    expect(rates.length).toBeGreaterThan(1);
    const byId = await api.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ExchangeRate { ${fields} } } }`,
      { ids: rates.map((r) => r.id) },
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.nodes).toEqual(rates);
    expect(byId.headers.get("x-cypher-statements")).toBe("1");
  });

  it("refuses to create an item with an id another kind of item has", async () => {
    const { authHeader } = await import("../support/custom-api");
    const editor = await authHeader(["editor"], "nodes-test");
    const relationship = await api.gql(
      `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { created } }`,
      { input: { id: "iij", type: "COMPETES_WITH", from: "kddi", to: "ntt", citations: [CITE] } },
      editor,
    );
    expect(relationship.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "id",
    });
    expect(relationship.errors?.[0]?.message).toContain("entity");
    const { records } = await api.db.driver.executeQuery(
      "MATCH ()-[r:OWNS]->() RETURN r.id AS id ORDER BY r.id LIMIT 1",
    );
    const entity = await api.gql(
      `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created } }`,
      {
        input: {
          id: records[0]!.get("id"),
          kind: "Company",
          name: `${prefix} x`,
          citations: [CITE],
        },
      },
      editor,
    );
    expect(entity.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    expect(entity.errors?.[0]?.message).toContain("relationship");
  });
});

import { TestApi } from "../support/api";
import { CustomApi } from "../support/custom-api";

/**
 * Every root query reads the relationship fields selected under it in its one statement (src/translate/):
 * the answers must be those other roots and other paths give.
 */
describe("nested selections in one statement", () => {
  let api: TestApi;
  /** The same server with room for more relationship hops than the default limit (3) allows. */
  let deep: CustomApi;
  beforeAll(async () => {
    api = await TestApi.start();
    deep = await CustomApi.start(api.db.gateway, { maxHops: 6, maxCost: 1_000_000_000 });
  });
  afterAll(async () => {
    await deep.stop();
    await api.stop();
  });

  const statements = (res: { headers: Headers }) => Number(res.headers.get("x-cypher-statements"));

  it("answers 20 companies with owners and competitors in one statement", async () => {
    const res = await api.gql(
      `{ entities(kind: Company, first: 20) { edges { node { id owners { owner { id } percentage } competitors { competitor { id } segments } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.entities.edges).toHaveLength(20);
    expect(statements(res)).toBe(1);
    const byId = new Map(res.data!.entities.edges.map((e: any) => [e.node.id, e.node]));
    // Each entity's owners, read again by the root `relationships` query (another statement, another code path).
    for (const [id, node] of byId as Map<string, any>) {
      const { relationships } = await api.data(
        `query($id: ID!) { relationships(types: [OWNS], to: $id, first: 100) { edges { node { source properties } } } }`,
        { id },
      );
      const expected = relationships.edges
        .map((e: any) => `${e.node.source}:${e.node.properties.percentage ?? null}`)
        .sort();
      expect({
        id,
        owners: node.owners.map((o: any) => `${o.owner.id}:${o.percentage}`).sort(),
      }).toEqual({ id, owners: expected });
    }
    expect((byId.get("iij") as any).owners).toEqual(
      expect.arrayContaining([{ owner: { id: "ntt" }, percentage: 29.7 }]),
    );
  });

  it("reads three levels of relationship fields in one statement, equal to the batched reads", async () => {
    const selection = `competitor { id owners { owner { id } percentage } suppliers { supplier { id competitors { competitor { id } } } costShare } }`;
    const planned = await deep.gql(
      `{ entity(id: "iij") { competitors(first: 100) { ${selection} } } }`,
    );
    expect(planned.errors).toBeUndefined();
    expect(statements(planned)).toBe(1);
    // The root `competitors` query reads the same fields through the same translator, in its own statement.
    const batched = await deep.gql(`{ competitors(id: "iij") { ${selection} } }`);
    expect(batched.errors).toBeUndefined();
    expect(statements(batched)).toBe(1);
    const sort = (list: any[]) =>
      [...list].sort((a, b) => a.competitor.id.localeCompare(b.competitor.id));
    expect(planned.data!.entity.competitors.length).toBeGreaterThan(5);
    expect(sort(planned.data!.entity.competitors)).toEqual(sort(batched.data!.competitors));
  });

  it("keeps citations when they are selected, at every level", async () => {
    const { entity } = await api.data(`{ entity(id: "iij") {
      citations { quote }
      owners { citations { quote offset } owner { id citations { quote } } }
      riskFactors(first: 3) { id citations { quote } }
    } }`);
    expect(entity.citations.length).toBeGreaterThan(0);
    const ntt = entity.owners.find((o: any) => o.owner.id === "ntt");
    expect(ntt.citations.length).toBeGreaterThan(0);
    expect(ntt.owner.citations.length).toBeGreaterThan(0);
    expect(entity.riskFactors).toHaveLength(3);
    for (const r of entity.riskFactors) expect(r.citations.length).toBeGreaterThan(0);
  });

  it("plans through fragments, aliases and variables, and honours @include", async () => {
    const res = await deep.gql(
      `query($first: Int!, $withHoldings: Boolean!) {
        search(text: "NTT", first: 3) { entity { ...Stakes ... on Company { top: owners(first: $first) { owner { id } } } } }
      }
      fragment Stakes on Entity { id owners { owner { id } percentage } holdings @include(if: $withHoldings) { owned { id } } }`,
      { first: 1, withHoldings: false },
    );
    expect(res.errors).toBeUndefined();
    expect(statements(res)).toBe(1);
    const hits = res.data!.search as any[];
    expect(hits.length).toBeGreaterThan(0);
    for (const { entity } of hits) {
      expect(entity.holdings).toBeUndefined();
      expect(entity.top.length).toBeLessThanOrEqual(1);
      // Same order as `owners`, cut at one.
      expect(entity.top).toEqual(entity.owners.slice(0, 1).map((o: any) => ({ owner: o.owner })));
    }
  });

  it("reads four levels of relationship fields in one statement, correctly", async () => {
    const level = (inner: string) => `competitors(first: 30) { competitor { id ${inner} } }`;
    const res = await deep.gql(
      `{ entity(id: "iij") { ${level(level(level("holdings(first: 100) { owned { id } percentage }")))} } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(statements(res)).toBe(1);
    // The fourth level (stakes held), against the root `relationships` query of third-level entities.
    const third = res.data!.entity.competitors.flatMap((a: any) =>
      a.competitor.competitors.flatMap((b: any) =>
        b.competitor.competitors.map((c: any) => c.competitor),
      ),
    );
    expect(third.length).toBeGreaterThan(3);
    const holders = third.filter((e: any) => e.holdings.length > 0);
    expect(holders.length).toBeGreaterThan(0);
    for (const entity of new Set([...holders.slice(0, 2), ...third.slice(0, 2)])) {
      const { relationships } = await api.data(
        `query($id: ID!) { relationships(types: [OWNS], from: $id, first: 100) { edges { node { target } } } }`,
        { id: entity.id },
      );
      const expected = relationships.edges.map((e: any) => e.node.target).sort();
      expect({
        id: entity.id,
        holdings: entity.holdings.map((o: any) => o.owned.id).sort(),
      }).toEqual({ id: entity.id, holdings: expected });
    }
  });

  it("reads far ends in full when the selection needs more than their names, and filters competition by segment", async () => {
    const { entity } = await api.data(`{ entity(id: "iij") {
      owners { owner { id name kind description aliases } }
      si: competitors(segment: SYSTEMS_INTEGRATION, first: 100) { competitor { id } segments }
      all: competitors(first: 100) { competitor { id } segments }
    } }`);
    expect(entity.owners.length).toBeGreaterThan(0);
    for (const { owner } of entity.owners) {
      const { entity: alone } = await api.data(
        `query($id: ID!) { entity(id: $id) { id name kind description aliases } }`,
        { id: owner.id },
      );
      expect(owner).toEqual(alone);
    }
    const { competitors } = await api.data(
      `{ competitors(id: "iij", segment: SYSTEMS_INTEGRATION) { competitor { id } } }`,
    );
    const ids = (list: any[]) => list.map((c) => c.competitor.id).sort();
    expect(entity.si.length).toBeGreaterThan(0);
    expect(entity.si.length).toBeLessThan(entity.all.length);
    expect(ids(entity.si)).toEqual(ids(competitors));
    expect(ids(entity.si)).toEqual(
      ids(entity.all.filter((c: any) => c.segments.includes("SYSTEMS_INTEGRATION"))),
    );
  });

  it("refuses invalid nested arguments before reading, naming their path", async () => {
    const res = await api.gql(
      `{ entity(id: "iij") { id owners { owner { holdings(first: 0) { owned { id } } } } } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.field).toBe("entity.owners.owner.holdings.first");
    expect(statements(res)).toBe(0);
  });
});

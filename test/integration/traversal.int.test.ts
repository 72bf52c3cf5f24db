import { TestApi } from "../support/api";

interface GNode {
  id: string;
  label: string;
  kind: string;
  isEvent: boolean;
  properties: Record<string, any>;
}
interface GEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  properties: Record<string, any>;
}

describe("traversal queries", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  const graphFields = `truncated nodes { id label kind isEvent properties } edges { id source target type label properties }`;

  describe("neighborhood", () => {
    it("returns distinct nodes and edges ready for a graph library, centre first", async () => {
      const { neighborhood } = await api.data(
        `{ neighborhood(id: "iij", depth: 1, types: [OWNS]) { ${graphFields} } }`,
      );
      const nodes: GNode[] = neighborhood.nodes;
      const edges: GEdge[] = neighborhood.edges;
      expect(nodes[0]?.id).toBe("iij");
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
      const ids = new Set(nodes.map((n) => n.id));
      for (const e of edges) {
        expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
        expect(e.type).toBe("OWNS");
      }
      expect(ids).toEqual(expect.objectContaining({}));
      for (const id of [
        "ntt",
        "ntt-communications",
        "gdx-japan",
        "tcc",
        "hi-ho",
        "i-revo",
        "crosswave",
      ])
        expect(ids.has(id)).toBe(true);
      const nttEdge = edges.find((e) => e.source === "ntt" && e.target === "iij");
      expect(nttEdge).toMatchObject({
        label: "OWNS 29.7%",
        properties: { percentage: 29.7, asOf: "2007-03-31", includesAffiliates: true },
      });
      expect(nttEdge!.properties.citations[0].quote).toContain("29.7%");
      expect(neighborhood.truncated).toBe(false);
    });

    it("follows only outgoing relationships with direction OUT", async () => {
      const { neighborhood } = await api.data(
        `{ neighborhood(id: "iij", types: [OWNS], direction: OUT) { nodes { id } edges { source } } }`,
      );
      const ids = neighborhood.nodes.map((n: GNode) => n.id);
      expect(ids).toContain("gdx-japan");
      expect(ids).not.toContain("ntt");
      for (const e of neighborhood.edges) expect(e.source).toBe("iij");
    });

    it("reaches two hops at depth 2 (Konami -> i-revo -> IIJ)", async () => {
      const one = await api.data(`{ neighborhood(id: "konami", depth: 1) { nodes { id } } }`);
      const two = await api.data(`{ neighborhood(id: "konami", depth: 2) { nodes { id } } }`);
      expect(one.neighborhood.nodes.map((n: GNode) => n.id)).not.toContain("iij");
      expect(two.neighborhood.nodes.map((n: GNode) => n.id)).toContain("iij");
    });

    it("includes events through INVOLVES", async () => {
      const { neighborhood } = await api.data(
        `{ neighborhood(id: "gdx-japan", types: [INVOLVES]) { nodes { id kind isEvent } edges { label } } }`,
      );
      const event = neighborhood.nodes.find((n: GNode) => n.id === "ev-2007-04-gdx-investment");
      expect(event).toEqual({ id: "ev-2007-04-gdx-investment", kind: "Investment", isEvent: true });
      expect(neighborhood.edges.map((e: GEdge) => e.label)).toContain("INVOLVES (INVESTEE)");
    });

    it("cuts at `limit` and says so", async () => {
      const { neighborhood } = await api.data(
        `{ neighborhood(id: "iij", depth: 2, limit: 3) { truncated nodes { id } } }`,
      );
      expect(neighborhood.nodes).toHaveLength(4);
      expect(neighborhood.truncated).toBe(true);
    });

    it("applies asOf to relationships (GDX Japan held from 2007-04)", async () => {
      const before = await api.data(
        `{ neighborhood(id: "iij", types: [OWNS], asOf: "2007-03-31") { nodes { id } } }`,
      );
      const after = await api.data(
        `{ neighborhood(id: "iij", types: [OWNS], asOf: "2007-05-01") { nodes { id } } }`,
      );
      expect(before.neighborhood.nodes.map((n: GNode) => n.id)).not.toContain("gdx-japan");
      expect(after.neighborhood.nodes.map((n: GNode) => n.id)).toContain("gdx-japan");
    });

    it.each([
      ["depth: 5", "depth"],
      ["depth: 0", "depth"],
      ["limit: 501", "limit"],
    ])("rejects %s with BAD_USER_INPUT naming the argument", async (arg, field) => {
      const res = await api.gql(`{ neighborhood(id: "iij", ${arg}) { nodes { id } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field).toBe(field);
      expect(res.errors?.[0]?.message).toMatch(
        new RegExp(`${field} must not be (greater|less) than \\d+`),
      );
      expect(res.headers.get("x-cypher-statements")).toBe("0");
    });

    it("returns NOT_FOUND for an unknown centre", async () => {
      const res = await api.gql(`{ neighborhood(id: "nobody") { nodes { id } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("subgraph", () => {
    it("returns the given entities and the relationships among them", async () => {
      const { subgraph } = await api.data(
        `{ subgraph(ids: ["ntt", "iij", "gdx-japan"]) { nodes { id } edges { source target type label } truncated } }`,
      );
      expect(subgraph.nodes.map((n: GNode) => n.id).sort()).toEqual(["gdx-japan", "iij", "ntt"]);
      expect(subgraph.edges).toEqual(
        expect.arrayContaining([
          { source: "ntt", target: "iij", type: "OWNS", label: "OWNS 29.7%" },
          { source: "iij", target: "gdx-japan", type: "OWNS", label: "OWNS 51%" },
        ]),
      );
      for (const e of subgraph.edges)
        expect(["ntt", "iij", "gdx-japan"]).toEqual(expect.arrayContaining([e.source, e.target]));
    });

    it("adds the surroundings with depth", async () => {
      const { subgraph } = await api.data(`{ subgraph(ids: ["tcc"], depth: 1) { nodes { id } } }`);
      expect(subgraph.nodes.map((n: GNode) => n.id)).toEqual(
        expect.arrayContaining(["tcc", "iij"]),
      );
    });

    it("names unknown ids with NOT_FOUND", async () => {
      const res = await api.gql(`{ subgraph(ids: ["iij", "no-such-id"]) { nodes { id } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(res.errors?.[0]?.message).toContain("no-such-id");
    });
  });

  describe("shortestPath and paths", () => {
    it("finds Konami -> i-revo -> IIJ -> NTT, three hops, undirected", async () => {
      const { shortestPath } = await api.data(
        `{ shortestPath(from: "konami", to: "ntt") { length nodes { id } relationships { type source target } } }`,
      );
      expect(shortestPath.length).toBe(3);
      expect(shortestPath.nodes.map((n: GNode) => n.id)).toEqual([
        "konami",
        "i-revo",
        "iij",
        "ntt",
      ]);
      expect(shortestPath.relationships[0]).toEqual({
        type: "PARTNER_IN",
        source: "konami",
        target: "i-revo",
      });
      expect(shortestPath.relationships[2]).toMatchObject({ source: "ntt", target: "iij" });
    });

    it("returns null when no path fits in maxDepth", async () => {
      const { shortestPath } = await api.data(
        `{ shortestPath(from: "konami", to: "ntt", maxDepth: 2) { length } }`,
      );
      expect(shortestPath).toBeNull();
    });

    it("restricts to the given relationship types", async () => {
      const { shortestPath } = await api.data(
        `{ shortestPath(from: "gdx-japan", to: "ntt", types: [OWNS]) { length relationships { type } } }`,
      );
      expect(shortestPath.length).toBe(2);
      expect(shortestPath.relationships.map((r: GEdge) => r.type)).toEqual(["OWNS", "OWNS"]);
    });

    it("lists simple paths shortest first", async () => {
      const { paths } = await api.data(
        `{ paths(from: "gdx-japan", to: "ntt", maxDepth: 3, first: 50) { length nodes { id } } }`,
      );
      expect(paths.length).toBeGreaterThan(1);
      expect(paths[0].length).toBe(2);
      const lengths = paths.map((p: { length: number }) => p.length);
      expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
      for (const p of paths) {
        const ids = p.nodes.map((n: GNode) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids[0]).toBe("gdx-japan");
        expect(ids[ids.length - 1]).toBe("ntt");
        expect(p.length).toBeLessThanOrEqual(3);
      }
    });

    it("rejects maxDepth 7 and names unknown ends", async () => {
      const deep = await api.gql(`{ paths(from: "iij", to: "ntt", maxDepth: 7) { length } }`);
      expect(deep.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "maxDepth",
      });
      const unknown = await api.gql(`{ shortestPath(from: "iij", to: "nobody") { length } }`);
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", id: "nobody" });
    });
  });
});

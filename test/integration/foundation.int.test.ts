import { readFileSync } from "node:fs";
import { TestApi } from "../support/api";

describe("foundation: server over the real Neo4j", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  describe("stats", () => {
    it("counts nodes per label and relationships per type from Neo4j", async () => {
      const { stats } = await api.data(
        `{ stats { nodes relationships labels { name count } relationshipTypes { name count } } }`,
      );
      const label = (name: string) =>
        stats.labels.find((l: { name: string }) => l.name === name)?.count;
      expect(label("Company")).toBeGreaterThanOrEqual(8);
      expect(label("Entity")).toBeGreaterThan(label("Company"));
      const byType = Object.fromEntries(
        stats.relationshipTypes.map((t: { name: string; count: number }) => [t.name, t.count]),
      );
      expect(byType.OWNS).toBeGreaterThan(0);
      const sum = stats.relationshipTypes.reduce(
        (n: number, t: { count: number }) => n + t.count,
        0,
      );
      expect(sum).toBe(stats.relationships);
    });
  });

  describe("entity", () => {
    it("returns a core company with its citations", async () => {
      const { entity } = await api.data(
        `{ entity(id: "iij") { __typename id name kind aliases citations { section quote offset } } }`,
      );
      expect(entity.__typename).toBe("Company");
      expect(entity.id).toBe("iij");
      expect(entity.name).toMatch(/Internet Initiative Japan/);
      expect(entity.citations.length).toBeGreaterThan(0);
      const source = readFileSync("seed/source/iij-form-20f-fy2007-excerpt.txt", "utf8");
      for (const c of entity.citations)
        expect(source.substr(c.offset, c.quote.length)).toBe(c.quote);
    });

    it.each(["iij", "ntt", "kddi", "crosswave", "i-revo", "hi-ho", "gdx-japan", "tcc"])(
      "knows the core company %s",
      async (id) => {
        const { entity } = await api.data(`query($id: ID!) { entity(id: $id) { id kind } }`, {
          id,
        });
        expect(entity).toEqual({ id, kind: "Company" });
      },
    );

    it("returns NOT_FOUND for an unknown id", async () => {
      const res = await api.gql(`{ entity(id: "no-such-company") { id } }`);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });

    it("returns BAD_USER_INPUT naming the argument for a malformed id", async () => {
      const res = await api.gql(`{ entity(id: "Not A Slug!") { id } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field).toBe("id");
    });

    it("reports the number of Cypher statements in a response header", async () => {
      const res = await api.gql(`{ stats { nodes } }`);
      expect(res.headers.get("x-cypher-statements")).toBe("1");
      expect(res.headers.get("x-request-id")).toMatch(/^[\w-]+$/);
    });
  });

  describe("health", () => {
    it("answers live and ready as JSON", async () => {
      const live = await fetch(`${api.baseUrl}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: "live" });
      const ready = await fetch(`${api.baseUrl}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready", neo4j: "up" });
    });
  });
});

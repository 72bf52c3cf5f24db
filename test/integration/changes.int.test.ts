import { TestApi } from "../support/api";
import { authHeader } from "../support/custom-api";
import { isSeedId } from "../support/seed-graph";

const CITE = { section: "Item 4.B", quote: "NTT Communications purchased shares of our company" };
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created } }`;
const UPDATE_ENTITY = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { id } }`;
const CREATE_REL = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { created } }`;
const UPDATE_REL = `mutation($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { id } }`;
const DELETE_REL = `mutation($id: ID!, $citation: CitationInput!) { deleteRelationship(id: $id, citation: $citation) { deleted } }`;
const CHANGE = `seq cursor time actor mutation operation itemKind itemId before after fields citations { quote offset }`;

interface ChangeOut {
  seq: number;
  cursor: string;
  time: string;
  actor: string;
  operation: string;
  itemKind: string;
  itemId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  fields: string[];
}
interface Page {
  edges: Array<{ node: ChangeOut; cursor: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe("history, the changes feed and knownAt", () => {
  let api: TestApi;
  let editor: Record<string, string>;
  const p = `test-feed-${Math.random().toString(36).slice(2, 8)}`;
  const [a, b, rel] = [`${p}-a`, `${p}-b`, `${p}-r`];
  const marks: Record<string, string> = {};
  const write = async (query: string, variables: Record<string, unknown>) => {
    const res = await api.gql(query, variables, editor);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const feed = async (args: string): Promise<Page> =>
    (
      await api.data<{ changes: Page }>(
        `{ changes(${args}) { edges { cursor node { ${CHANGE} } } pageInfo { hasNextPage endCursor } } }`,
      )
    ).changes;
  /** The time of the newest change so far: a knownAt that sees everything up to here. */
  const mark = async (name: string) => {
    const page = await feed(`ids: ["${a}", "${b}", "${rel}"], first: 50`);
    marks[name] = page.edges.at(-1)!.node.time;
  };

  beforeAll(async () => {
    api = await TestApi.start();
    editor = await authHeader(["editor"], "dora");
    await write(CREATE_ENTITY, {
      input: { id: a, kind: "Company", name: "Alpha", citations: [CITE] },
    });
    await write(CREATE_ENTITY, {
      input: { id: b, kind: "Company", name: "Beta", citations: [CITE] },
    });
    await mark("created");
    await write(UPDATE_ENTITY, { input: { id: a, name: "Alpha Two", citation: CITE } });
    await write(CREATE_REL, {
      input: {
        id: rel,
        type: "OWNS",
        from: a,
        to: b,
        properties: { percentage: 10 },
        citations: [CITE],
      },
    });
    await mark("owned");
    await write(UPDATE_REL, { input: { id: rel, properties: { percentage: 20 }, citation: CITE } });
    await mark("raised");
    await write(DELETE_REL, { id: rel, citation: CITE });
  });
  afterAll(async () => {
    await api.db.driver.executeQuery("MATCH (x) WHERE x.id STARTS WITH $prefix DETACH DELETE x", {
      prefix: p,
    });
    await api.stop();
  });

  describe("changes", () => {
    it("starts with the seed load, change 0, and pages oldest first by cursor", async () => {
      const first = await feed("first: 2");
      expect(first.edges[0]!.node).toMatchObject({ seq: 0, operation: "LOAD", itemKind: "GRAPH" });
      const next = await feed(`first: 2, after: "${first.pageInfo.endCursor}"`);
      expect(next.edges[0]!.node.seq).toBeGreaterThan(first.edges.at(-1)!.node.seq);
    });

    it("filters by ids and kinds, and gives every write of them in order", async () => {
      const page = await feed(`ids: ["${a}", "${rel}"], first: 50`);
      expect(page.edges.map((e) => [e.node.itemId, e.node.operation])).toEqual([
        [a, "CREATE"],
        [a, "UPDATE"],
        [rel, "CREATE"],
        [rel, "UPDATE"],
        [rel, "DELETE"],
      ]);
      const seqs = page.edges.map((e) => e.node.seq);
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
      const owns = await feed(`ids: ["${a}", "${rel}"], kinds: [RELATIONSHIP]`);
      expect(owns.edges.map((e) => e.node.operation)).toEqual(["CREATE", "UPDATE", "DELETE"]);
      expect(owns.edges[1]!.node).toMatchObject({
        actor: "dora",
        fields: expect.arrayContaining(["percentage"]),
      });
      expect(owns.edges[1]!.node.before).toMatchObject({ props: { percentage: 10 } });
      expect(owns.edges[1]!.node.after).toMatchObject({ props: { percentage: 20 } });
    });

    it("keeps the cursor where it was when nothing follows", async () => {
      const all = await feed(`ids: ["${rel}"]`);
      const end = all.pageInfo.endCursor;
      const none = await feed(`ids: ["${rel}"], after: "${end}"`);
      expect(none.edges).toEqual([]);
      expect(none.pageInfo.endCursor).toBe(end);
    });

    it.each([
      ["first: 0", "first"],
      ["first: 501", "first"],
      ['after: "bm90LWEtY3Vyc29y"', "after"],
      ['ids: ["Not A Slug"]', "ids"],
    ])("rejects %s with BAD_USER_INPUT naming the argument", async (args, field) => {
      const res = await api.gql(`{ changes(${args}) { edges { cursor } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field).toBe(field);
    });
  });

  describe("history", () => {
    it("lists an entity's changes newest first, paged by cursor", async () => {
      const q = (args: string) =>
        api.data(
          `{ entity(id: "${a}") { history(${args}) { edges { node { operation fields } } pageInfo { hasNextPage endCursor } } } }`,
        );
      const one = (await q("first: 1")).entity.history;
      expect(one.edges.map((e: { node: ChangeOut }) => e.node.operation)).toEqual(["UPDATE"]);
      expect(one.pageInfo.hasNextPage).toBe(true);
      const rest = (await q(`first: 5, after: "${one.pageInfo.endCursor}"`)).entity.history;
      expect(rest.edges.map((e: { node: ChangeOut }) => e.node.operation)).toEqual(["CREATE"]);
      expect(rest.pageInfo.hasNextPage).toBe(false);
    });

    it("ends a seeded entity's history with the load, and batches a list's histories", async () => {
      const res = await api.gql(
        `{ timeline(first: 5) { id history(first: 10) { edges { node { seq operation } } } } }`,
      );
      expect(res.errors).toBeUndefined();
      for (const event of res.data!.timeline) {
        const ops = event.history.edges.map((e: { node: ChangeOut }) => e.node);
        if (isSeedId(event.id)) expect(ops.at(-1)).toEqual({ seq: 0, operation: "LOAD" });
      }
      // the timeline + one history statement for its events (and the rate table at most).
      expect(Number(res.headers.get("x-cypher-statements"))).toBeLessThanOrEqual(3);
    });

    it("is a field of relationships and events", async () => {
      const res = await api.data(
        `{ relationships(first: 1, types: [OWNS]) { edges { node { history { pageInfo { endCursor } } } } }
           timeline(first: 1) { id history { edges { node { operation itemKind } } } } }`,
      );
      expect(res.relationships.edges[0].node.history.pageInfo.endCursor).toEqual(
        expect.any(String),
      );
      expect(res.timeline[0].history.edges.at(-1).node).toEqual({
        operation: "LOAD",
        itemKind: "GRAPH",
      });
    });

    it("rejects a page size out of bounds and a cursor it did not give with BAD_USER_INPUT, by path", async () => {
      const res = await api.gql(
        `{ entity(id: "iij") { history(first: 101) { edges { cursor } } } }`,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field).toBe("entity.history.first");
      const cursor = await api.gql(
        `{ relationships(first: 1) { edges { node { history(after: "bm90LWEtY3Vyc29y") { edges { cursor } } } } } }`,
      );
      expect(cursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(cursor.errors?.[0]?.extensions?.field).toBe("relationships.edges.node.history.after");
    });
  });

  describe("knownAt", () => {
    const entity = (knownAt: string) =>
      api.gql(`{ entity(id: "${a}", knownAt: "${knownAt}") { id name } }`);
    const owns = async (knownAt: string) =>
      (
        await api.data(
          `{ relationships(from: "${a}", knownAt: "${knownAt}") { totalCount edges { node { id properties } } } }`,
        )
      ).relationships;

    it("answers an entity as it was recorded then", async () => {
      expect((await entity(marks.created!)).data!.entity.name).toBe("Alpha");
      expect((await entity(marks.owned!)).data!.entity.name).toBe("Alpha Two");
      expect((await api.data(`{ entity(id: "${a}") { name } }`)).entity.name).toBe("Alpha Two");
    });

    it("says NOT_FOUND before the entity was recorded, and for the seed before the load", async () => {
      const res = await entity("2000-01-01T00:00:00Z");
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const iij = await api.gql(`{ entity(id: "iij", knownAt: "2000-01-01T00:00:00Z") { id } }`);
      expect(iij.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const now = await api.data(
        `{ entity(id: "iij", knownAt: "${new Date().toISOString()}") { id } }`,
      );
      expect(now.entity.id).toBe("iij");
    });

    it("answers relationships as recorded then: created, changed, deleted", async () => {
      expect((await owns(marks.created!)).totalCount).toBe(0);
      const owned = await owns(marks.owned!);
      expect(owned.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([rel]);
      expect(owned.edges[0].node.properties.percentage).toBe(10);
      expect((await owns(marks.raised!)).edges[0].node.properties.percentage).toBe(20);
      expect((await owns(new Date().toISOString())).totalCount).toBe(0);
    });

    it("gives a relationship as recorded then its whole history, from the log", async () => {
      const then = await api.gql(
        `{ relationships(from: "${a}", knownAt: "${marks.owned!}") { edges { node { id history { edges { node { seq operation } } } } } } }`,
      );
      expect(then.errors).toBeUndefined();
      const [edge] = then.data!.relationships.edges;
      expect(edge.node.id).toBe(rel);
      const feed = await api.data(
        `{ changes(ids: ["${rel}"]) { edges { node { seq operation } } } }`,
      );
      const logged = feed.changes.edges.map((e: { node: unknown }) => e.node);
      expect(logged.length).toBeGreaterThan(1);
      // Newest first, up to its deletion after that moment.
      expect(edge.node.history.edges.map((e: { node: unknown }) => e.node)).toEqual(
        [...logged].reverse(),
      );
      // The knownAt read, then the histories of its relationships in one batch statement.
      expect(then.headers.get("x-cypher-statements")).toBe("2");
    });

    it("reads only the graph's relationships, not the source's links to them (SUPPORTS, HAS_SENTENCE)", async () => {
      type Page = { edges: Array<{ node: { id: string; type: string } }> };
      // Other files' relationships (`test-` ids) may come and go between the two reads.
      const seeded = (page: Page) =>
        page.edges.map((e) => e.node).filter((r) => isSeedId(String(r.id)));
      const known = await api.data(
        `{ relationships(to: "iij", knownAt: "${new Date().toISOString()}", first: 100) { edges { node { id type } } } }`,
      );
      const now = await api.data(
        `{ relationships(to: "iij", first: 100) { edges { node { id type } } } }`,
      );
      expect(seeded(known.relationships).length).toBeGreaterThan(5);
      // The same relationships, INVOLVES left out (an event's history holds it).
      expect(seeded(known.relationships)).toEqual(
        seeded(now.relationships).filter((r) => r.type !== "INVOLVES"),
      );
    });

    it("rejects a knownAt that is not a date-time with a zone", async () => {
      const res = await entity("2007-03-31");
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field).toBe("knownAt");
    });
  });
});
